package nl.secondopinion.notification.delivery;

public class DirectoryUnavailableException extends RuntimeException {

	public DirectoryUnavailableException(String message) {
		super(message, null, false, false);
	}

}
