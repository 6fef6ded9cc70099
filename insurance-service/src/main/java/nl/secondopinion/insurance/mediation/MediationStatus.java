package nl.secondopinion.insurance.mediation;

public enum MediationStatus {

	OPEN, PROPOSED, CLOSED

}
