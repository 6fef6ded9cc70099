package nl.secondopinion.insurance.coverage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.eligibility.UnavailableCause;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.support.time.PlatformDay;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageDeciderTest {

	static final LocalDate TODAY = LocalDate.parse("2026-11-23");

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final CoverageDecider decider = new CoverageDecider(
			new CoveragePolicy(new BigDecimal("385"), Duration.ofSeconds(10), Duration.ofMinutes(2)));

	private final Insurer zilverenKruis = new Insurer("3311", "Zilveren Kruis", List.of("Aanvullend 3 sterren"), true);

	static CoverageBasis context(RequestContext.Referral referral, boolean insuredAbroad) {
		return basis(referral, insuredAbroad, "SPECIALIST", null);
	}

	static CoverageBasis basis(RequestContext.Referral referral, boolean insuredAbroad, @Nullable String level,
			@Nullable String statedPackage) {
		return new CoverageBasis(referral.status(), referral.referrerRole(), referral.issuedAt(), referral.validUntil(),
				insuredAbroad, "3311", "ZK-1", statedPackage, level);
	}

	/**
	 * A referral as the referral service records it: valid 12 months from the Dutch day
	 * of issue.
	 */
	static RequestContext.Referral referral(String role, String issuedAt) {
		Instant issued = Instant.parse(issuedAt);
		return new RequestContext.Referral("PRESENT", role, issued, PlatformDay.of(issued).plusMonths(12));
	}

	static EligibilityResult.Insured insured(boolean basic, @Nullable String supplementary, boolean treaty) {
		return new EligibilityResult.Insured("3311", "Zilveren Kruis", basic, supplementary, treaty, NOW, false);
	}

	private Verdict decide(CoverageBasis basis, EligibilityResult eligibility) {
		return this.decider.decide(basis, this.zilverenKruis, eligibility, TODAY);
	}

	private static List<String> codes(Verdict verdict) {
		return verdict.reasons().stream().map(Reason::code).toList();
	}

	@Nested
	class WithAValidReferral {

		@Test
		void fromTheGp_thenBasicInsurancePaysAndTheDeductibleIsStated() {
			Verdict verdict = decide(context(referral("gp", "2026-11-01T09:00:00Z"), false),
					insured(true, null, false));

			assertThat(verdict.decision()).isEqualTo(Decision.COVERED_BASIC);
			assertThat(codes(verdict)).containsExactly("INSURED", "REFERRAL_VALID", "DEDUCTIBLE_APPLIES",
					"CHECK_POLICY");
			Reason deductible = verdict.reasons().get(2);
			assertThat(deductible.nl()).contains("€ 385").contains("2026");
			assertThat(deductible.en()).contains("€ 385");
			assertThat(deductible.source()).isEqualTo(Source.POLICY_RULES);
		}

		@Test
		void fromTheTreatingSpecialistExactlyTwelveMonthsOld_thenStillValid() {
			Verdict verdict = decide(context(referral("specialist", "2025-11-23T09:00:00Z"), false),
					insured(true, null, false));

			assertThat(verdict.decision()).isEqualTo(Decision.COVERED_BASIC);
		}

	}

	@Nested
	class WithoutAValidReferral {

		@Test
		void olderThanTwelveMonths_thenExpiredAndOnlySupplementaryMayPay() {
			Verdict verdict = decide(context(referral("gp", "2025-11-21T09:00:00Z"), false),
					insured(true, null, false));

			assertThat(verdict.decision()).isEqualTo(Decision.NOT_COVERED);
			assertThat(codes(verdict)).containsExactly("INSURED", "REFERRAL_EXPIRED", "NO_SUPPLEMENTARY");
		}

		@Test
		void pastItsValidUntilDate_thenExpired() {
			var referral = new RequestContext.Referral("PRESENT", "gp", Instant.parse("2026-06-01T09:00:00Z"),
					LocalDate.parse("2026-11-22"));

			assertThat(codes(decide(context(referral, false), insured(true, null, false))))
				.contains("REFERRAL_EXPIRED");
		}

		@Test
		void fromSomebodyElse_thenItDoesNotCount() {
			Verdict verdict = decide(context(referral("consultant", "2026-11-01T09:00:00Z"), false),
					insured(true, null, false));

			assertThat(verdict.decision()).isEqualTo(Decision.NOT_COVERED);
			assertThat(codes(verdict)).contains("REFERRAL_NOT_FROM_GP_OR_SPECIALIST");
		}

		@Test
		void withAPackageThatPays_thenCoveredBySupplementaryWithoutDeductible() {
			Verdict verdict = decide(context(RequestContext.Referral.none(), false),
					insured(true, "Aanvullend 3 sterren", false));

			assertThat(verdict.decision()).isEqualTo(Decision.COVERED_SUPPLEMENTARY);
			assertThat(codes(verdict)).containsExactly("INSURED", "NO_REFERRAL", "SUPPLEMENTARY_PAYS", "CHECK_POLICY");
			assertThat(verdict.reasons().get(2).en()).contains("Aanvullend 3 sterren");
		}

		@Test
		void withAPackageThatDoesNotPay_thenNotCovered() {
			Verdict verdict = decide(context(RequestContext.Referral.none(), false), insured(true, "Basis+", false));

			assertThat(verdict.decision()).isEqualTo(Decision.NOT_COVERED);
			assertThat(codes(verdict)).containsExactly("INSURED", "NO_REFERRAL", "SUPPLEMENTARY_DOES_NOT_PAY");
		}

		@Test
		void refused_thenTheRefusalIsNamed() {
			var refused = new RequestContext.Referral("REFUSED", "gp", null, null);

			Verdict verdict = decide(context(refused, false), insured(true, "Aanvullend 3 sterren", false));

			assertThat(verdict.decision()).isEqualTo(Decision.COVERED_SUPPLEMENTARY);
			assertThat(codes(verdict)).contains("REFERRAL_REFUSED");
		}

		@Test
		void validReferralButNoBasicInsurance_thenOnlySupplementaryMayPay() {
			Verdict verdict = decide(context(referral("gp", "2026-11-01T09:00:00Z"), false),
					insured(false, null, false));

			assertThat(verdict.decision()).isEqualTo(Decision.NOT_COVERED);
			assertThat(codes(verdict)).contains("NO_BASIC_INSURANCE");
		}

	}

	@Test
	void whenInsuredAbroad_thenUncertainWithAdviceToContactTheCareCostTeam() {
		Verdict verdict = decide(context(referral("gp", "2026-11-01T09:00:00Z"), true), insured(true, null, false));

		assertThat(verdict.decision()).isEqualTo(Decision.UNCERTAIN);
		assertThat(codes(verdict)).containsExactly("INSURED", "INSURED_ABROAD", "CONTACT_CARE_COST_TEAM");
	}

	@Test
	void whenInsuredUnderATreatyArrangement_thenUncertain() {
		Verdict verdict = decide(context(referral("gp", "2026-11-01T09:00:00Z"), false), insured(true, null, true));

		assertThat(verdict.decision()).isEqualTo(Decision.UNCERTAIN);
		assertThat(codes(verdict)).containsExactly("INSURED", "TREATY_ARRANGEMENT", "CONTACT_CARE_COST_TEAM");
	}

	@Test
	void whenNotInsured_thenNotCovered() {
		Verdict verdict = decide(context(referral("gp", "2026-11-01T09:00:00Z"), false),
				new EligibilityResult.NotInsured("3311", NOW));

		assertThat(verdict.decision()).isEqualTo(Decision.NOT_COVERED);
		assertThat(codes(verdict)).containsExactly("NOT_INSURED");
		assertThat(verdict.reasons().get(0).nl()).contains("Zilveren Kruis").contains("2026-11-23");
	}

	@Test
	void whenTheInsurerCannotBeReached_thenPendingNeverAGuess() {
		for (UnavailableCause cause : UnavailableCause.values()) {
			Verdict verdict = decide(context(referral("gp", "2026-11-01T09:00:00Z"), false),
					new EligibilityResult.Unavailable("3311", cause, NOW));

			assertThat(verdict.decision()).isEqualTo(Decision.PENDING);
			assertThat(codes(verdict)).containsExactly("INSURER_UNREACHABLE");
		}
	}

	@Test
	void everyReasonHasBothLanguagesWithoutUnfilledPlaceholders() {
		for (ReasonCode code : ReasonCode.values()) {
			Reason reason = code.with("A", "B");
			assertThat(reason.nl()).isNotBlank().doesNotContain("%");
			assertThat(reason.en()).isNotBlank().doesNotContain("%");
			assertThat(reason.nl()).isNotEqualTo(reason.en());
		}
	}

}
