package nl.secondopinion.referral.client.notification;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.feign.ReceivedProblem;
import nl.secondopinion.support.feign.RejectedCallException;

/**
 * Notification-service refused the event with a 4xx: sending it again would not help, and
 * it says nothing about the service's health, so the breaker ignores it.
 */
class NotificationRejectedException extends RejectedCallException {

	NotificationRejectedException(int status, @Nullable ReceivedProblem problem) {
		super("Notification service refused the event with status " + status, status, problem);
	}

}
