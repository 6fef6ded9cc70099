package nl.secondopinion.insurance.coverage;

public class CheckNotFoundException extends RuntimeException {

	public CheckNotFoundException() {
		super("Coverage check not found", null, false, false);
	}

}
