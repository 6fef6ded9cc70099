@NullMarked
package nl.secondopinion.referral;

import org.jspecify.annotations.NullMarked;
