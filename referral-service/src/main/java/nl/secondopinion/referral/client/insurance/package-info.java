@NullMarked
package nl.secondopinion.referral.client.insurance;

import org.jspecify.annotations.NullMarked;
