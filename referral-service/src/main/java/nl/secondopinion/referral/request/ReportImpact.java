package nl.secondopinion.referral.request;

/**
 * What the second opinion changes (seed 002: in half of the differing opinions an
 * important change in treatment or prognosis).
 */
public enum ReportImpact {

	TREATMENT_CHANGED, PROGNOSIS_CHANGED, TREATMENT_AND_PROGNOSIS_CHANGED, NEITHER

}
