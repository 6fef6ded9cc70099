package nl.secondopinion.insurance.client.notification;

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
