package nl.secondopinion.referral.request;

/** No report yet, or not one the caller may read: the same answer for both. */
public class ReportNotFoundException extends RuntimeException {

	public ReportNotFoundException() {
		super("Report not found or not visible to the caller", null, false, false);
	}

}
