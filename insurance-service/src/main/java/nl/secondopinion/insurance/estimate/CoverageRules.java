package nl.secondopinion.insurance.estimate;

import java.time.Clock;
import java.util.List;

import nl.secondopinion.insurance.insurer.Insurer;

/**
 * The general Dutch rules for a second opinion, for the deprecated
 * {@code POST /internal/coverage-estimates} only: basic insurance pays with a referral,
 * without one only a supplementary package may, and for people insured abroad nothing can
 * be said. That call knows the referral's status alone (not its author, date, the
 * treating doctor's level or the stated package), so it cannot apply the coverage
 * decision's rules; {@link RequestEstimates} does, from the request itself.
 *
 * @deprecated remove with the POST once referral-service asks {@code GET
 * /internal/coverage/requests/{requestId}/estimate}
 */
@Deprecated
public class CoverageRules {

	private final Clock clock;

	public CoverageRules(Clock clock) {
		this.clock = clock;
	}

	public CoverageEstimate estimate(Insurer insurer, ReferralStatus referral, boolean insuredAbroad) {
		if (insuredAbroad) {
			return result(Estimate.UNCERTAIN, insurer, List.of(EstimateReason.INSURED_ABROAD));
		}
		return switch (referral) {
			case PRESENT -> result(Estimate.LIKELY_COVERED, insurer,
					List.of(EstimateReason.REFERRAL_PRESENT, EstimateReason.DEDUCTIBLE_APPLIES));
			case NONE -> result(Estimate.DEPENDS_ON_SUPPLEMENTARY, insurer,
					List.of(EstimateReason.NO_REFERRAL, EstimateReason.SUPPLEMENTARY_MAY_PAY));
			case REFUSED -> result(Estimate.DEPENDS_ON_SUPPLEMENTARY, insurer,
					List.of(EstimateReason.REFERRAL_REFUSED, EstimateReason.SUPPLEMENTARY_MAY_PAY));
		};
	}

	private CoverageEstimate result(Estimate estimate, Insurer insurer, List<EstimateReason> reasons) {
		return new CoverageEstimate(estimate, insurer, reasons, this.clock.instant());
	}

}
