package nl.secondopinion.referral.request;

/**
 * How likely the insurer reimburses the second opinion, as the insurance service judges
 * it.
 */
public enum CoverageLikelihood {

	LIKELY_COVERED, DEPENDS_ON_SUPPLEMENTARY, UNCERTAIN

}
