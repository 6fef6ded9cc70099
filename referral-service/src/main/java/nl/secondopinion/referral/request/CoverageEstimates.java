package nl.secondopinion.referral.request;

/**
 * Asks the insurance service how likely a second opinion is reimbursed. The insurance
 * service reads the request's facts itself (referral, insured abroad, supplementary
 * package) and applies the rules of its coverage check, so estimate and check agree.
 * Implemented in the client layer, so the request feature does not know how that call is
 * made.
 */
public interface CoverageEstimates {

	/**
	 * @throws UnknownInsurerException when the insurance service does not know the
	 * insurer; any other failure ends the request with a problem answer of its own
	 */
	CoverageEstimate estimate(String requestId, String insurerUzovi);

}
