package nl.secondopinion.dossier.client.notification;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.feign.ReceivedProblem;
import nl.secondopinion.support.feign.RejectedCallException;

/** Notification-service refused an event with a 4xx: our fault, not its health. */
class EventRejectedException extends RejectedCallException {

	EventRejectedException(int status, @Nullable ReceivedProblem problem) {
		super("Notification service refused the event with status " + status, status, problem);
	}

}
