package nl.secondopinion.insurance.client.notification;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.feign.ReceivedProblem;
import nl.secondopinion.support.feign.RejectedCallException;

/** notification-service refused the event (4xx other than 408 and 429). */
class NotificationRejectedException extends RejectedCallException {

	NotificationRejectedException(int status, @Nullable ReceivedProblem problem) {
		super("Notification service refused the event with status " + status, status, problem);
	}

}
