package nl.secondopinion.notification.preference;

public enum Channel {

	/** The in-app inbox: always on, it is the record of what happened. */
	INBOX, EMAIL, SMS

}
