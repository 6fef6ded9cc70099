package nl.secondopinion.referral.client.notification;

/**
 * Notification-service refused the event with a 4xx: sending it again would not help, and
 * it says nothing about the service's health, so the breaker ignores it.
 */
class NotificationRejectedException extends RuntimeException {

	private final int status;

	NotificationRejectedException(int status) {
		super("Notification service refused the event with status " + status, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
