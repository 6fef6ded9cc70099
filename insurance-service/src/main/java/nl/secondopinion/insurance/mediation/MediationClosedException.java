package nl.secondopinion.insurance.mediation;

public class MediationClosedException extends RuntimeException {

	public MediationClosedException() {
		super("Mediation request is closed", null, false, false);
	}

}
