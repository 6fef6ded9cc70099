package nl.secondopinion.dossier.client.notification;

import nl.secondopinion.support.feign.DownstreamFailures;

/** An event did not reach notification-service; it stays pending and is tried again. */
public class EventNotDeliveredException extends RuntimeException {

	EventNotDeliveredException(Throwable cause) {
		super("Event not delivered: " + DownstreamFailures.describe(cause), cause, false, false);
	}

}
