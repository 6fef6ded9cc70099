@NullMarked
package nl.secondopinion.insurance.client.referral;

import org.jspecify.annotations.NullMarked;
