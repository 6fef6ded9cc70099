@NullMarked
package nl.secondopinion.referral.consultant;

import org.jspecify.annotations.NullMarked;
