package nl.secondopinion.referral.consultant;

/** No consultant with this id in the directory. */
public class ConsultantNotFoundException extends RuntimeException {

	public ConsultantNotFoundException() {
		super("Consultant not found", null, false, false);
	}

}
