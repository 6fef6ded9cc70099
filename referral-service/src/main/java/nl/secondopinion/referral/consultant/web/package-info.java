@NullMarked
package nl.secondopinion.referral.consultant.web;

import org.jspecify.annotations.NullMarked;
