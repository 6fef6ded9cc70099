package nl.secondopinion.referral.request;

/** The insurance service does not know the insurer the patient entered. */
public class UnknownInsurerException extends RuntimeException {

	private final String uzovi;

	public UnknownInsurerException(String uzovi) {
		super("Unknown insurer " + uzovi, null, false, false);
		this.uzovi = uzovi;
	}

	public String uzovi() {
		return this.uzovi;
	}

}
