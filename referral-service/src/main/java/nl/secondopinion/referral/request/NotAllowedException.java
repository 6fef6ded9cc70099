package nl.secondopinion.referral.request;

/** The caller may see the request, but their part in it does not allow this step. */
public class NotAllowedException extends RuntimeException {

	public NotAllowedException(String what) {
		super("Not allowed: " + what, null, false, false);
	}

}
