@NullMarked
package nl.secondopinion.referral.request;

import org.jspecify.annotations.NullMarked;
