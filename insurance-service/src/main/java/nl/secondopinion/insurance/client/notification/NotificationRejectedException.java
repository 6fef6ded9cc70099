package nl.secondopinion.insurance.client.notification;

import nl.secondopinion.support.feign.RejectedCallException;

/** notification-service refused the event (4xx other than 408 and 429). */
class NotificationRejectedException extends RejectedCallException {

	NotificationRejectedException(int status) {
		super("Notification service refused the event with status " + status, status);
	}

}
