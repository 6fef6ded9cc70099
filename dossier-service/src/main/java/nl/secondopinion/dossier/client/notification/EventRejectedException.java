package nl.secondopinion.dossier.client.notification;

/** Notification-service refused an event with a 4xx: our fault, not its health. */
class EventRejectedException extends RuntimeException {

	EventRejectedException(int status) {
		super("Notification service refused the event with status " + status, null, false, false);
	}

}
