package nl.secondopinion.insurance.estimate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.insurer.Insurer;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("deprecation") // the deprecated POST's rules
class CoverageRulesTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final CoverageRules rules = new CoverageRules(Clock.fixed(NOW, ZoneOffset.UTC));

	private final Insurer insurer = new Insurer("3311", "Zilveren Kruis", java.util.List.of(), true);

	@Test
	void whenReferralPresent_thenLikelyCoveredWithDeductible() {
		CoverageEstimate estimate = this.rules.estimate(this.insurer, ReferralStatus.PRESENT, false);

		assertThat(estimate.estimate()).isEqualTo(Estimate.LIKELY_COVERED);
		assertThat(estimate.reasons()).containsExactly(EstimateReason.REFERRAL_PRESENT,
				EstimateReason.DEDUCTIBLE_APPLIES);
		assertThat(estimate.checkedAt()).isEqualTo(NOW);
	}

	@Test
	void whenNoReferral_thenOnlySupplementaryMayPay() {
		CoverageEstimate estimate = this.rules.estimate(this.insurer, ReferralStatus.NONE, false);

		assertThat(estimate.estimate()).isEqualTo(Estimate.DEPENDS_ON_SUPPLEMENTARY);
		assertThat(estimate.reasons()).containsExactly(EstimateReason.NO_REFERRAL,
				EstimateReason.SUPPLEMENTARY_MAY_PAY);
	}

	@Test
	void whenReferralRefused_thenOnlySupplementaryMayPayAndTheRefusalIsNamed() {
		CoverageEstimate estimate = this.rules.estimate(this.insurer, ReferralStatus.REFUSED, false);

		assertThat(estimate.estimate()).isEqualTo(Estimate.DEPENDS_ON_SUPPLEMENTARY);
		assertThat(estimate.reasons()).startsWith(EstimateReason.REFERRAL_REFUSED);
	}

	@Test
	void whenInsuredAbroad_thenUncertainWhateverTheReferral() {
		for (ReferralStatus referral : ReferralStatus.values()) {
			CoverageEstimate estimate = this.rules.estimate(this.insurer, referral, true);

			assertThat(estimate.estimate()).isEqualTo(Estimate.UNCERTAIN);
			assertThat(estimate.reasons()).containsExactly(EstimateReason.INSURED_ABROAD);
		}
	}

}
