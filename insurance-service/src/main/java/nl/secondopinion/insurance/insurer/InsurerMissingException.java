package nl.secondopinion.insurance.insurer;

/** The request names no health insurer. */
public class InsurerMissingException extends RuntimeException {

	public InsurerMissingException() {
		super("No insurer on the request", null, false, false);
	}

}
