@NullMarked
package nl.secondopinion.referral.client;

import org.jspecify.annotations.NullMarked;
