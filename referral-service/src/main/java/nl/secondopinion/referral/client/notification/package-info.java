@NullMarked
package nl.secondopinion.referral.client.notification;

import org.jspecify.annotations.NullMarked;
