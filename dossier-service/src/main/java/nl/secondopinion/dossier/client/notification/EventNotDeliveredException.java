package nl.secondopinion.dossier.client.notification;

/** An event did not reach notification-service; it stays pending and is tried again. */
public class EventNotDeliveredException extends RuntimeException {

	EventNotDeliveredException(Throwable cause) {
		super("Event not delivered: " + cause.getClass().getSimpleName(), cause, false, false);
	}

}
