package nl.secondopinion.insurance.mediation;

public class MediationNotFoundException extends RuntimeException {

	public MediationNotFoundException() {
		super("Mediation request not found", null, false, false);
	}

}
