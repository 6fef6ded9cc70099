/**
 * The platform's calendar: one "today" (the Dutch day) and Dutch working days for every
 * service, so a referral's validity, a grant's end and a reminder's due date all mean the
 * same day.
 */
@NullMarked
package nl.secondopinion.support.time;

import org.jspecify.annotations.NullMarked;
