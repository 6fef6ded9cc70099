package nl.secondopinion.insurance.insurer;

/** The request names an insurer the platform has no settings for. */
public class UnknownInsurerException extends RuntimeException {

	public UnknownInsurerException() {
		super("Unknown insurer", null, false, false);
	}

}
