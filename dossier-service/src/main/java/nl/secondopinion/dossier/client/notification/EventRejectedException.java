package nl.secondopinion.dossier.client.notification;

import nl.secondopinion.support.feign.RejectedCallException;

/** Notification-service refused an event with a 4xx: our fault, not its health. */
class EventRejectedException extends RejectedCallException {

	EventRejectedException(int status) {
		super("Notification service refused the event with status " + status, status);
	}

}
