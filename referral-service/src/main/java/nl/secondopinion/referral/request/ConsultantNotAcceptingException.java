package nl.secondopinion.referral.request;

/** The chosen consultant takes no new requests at the moment. */
public class ConsultantNotAcceptingException extends RuntimeException {

	public ConsultantNotAcceptingException() {
		super("Consultant not accepting", null, false, false);
	}

}
