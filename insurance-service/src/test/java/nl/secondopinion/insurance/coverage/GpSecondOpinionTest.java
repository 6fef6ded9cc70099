package nl.secondopinion.insurance.coverage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.support.time.PlatformDay;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second opinion about a GP (seed 004: reimbursement is harder, there is usually nobody
 * else to refer): basic insurance pays it only with a valid referral from a GP, and only
 * at an insurer whose setting says basic insurance covers it at all.
 */
class GpSecondOpinionTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

	private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00Z");

	private final CoverageDecider decider = new CoverageDecider(
			new CoveragePolicy(new BigDecimal("385"), Duration.ofSeconds(10), Duration.ofMinutes(2)));

	private final Insurer covers = new Insurer("3311", "Zilveren Kruis", List.of("Aanvullend 3 sterren"), true);

	private final Insurer leavesItToSupplementary = new Insurer("9664", "CZ", List.of("Aanvullend 3 sterren"), false);

	private static CoverageBasis aboutGp(String referralStatus, @Nullable String role) {
		boolean present = "PRESENT".equals(referralStatus);
		// As the referral service records a referral: valid 12 months from the day of
		// issue.
		return new CoverageBasis(referralStatus, role, present ? ISSUED : null,
				present ? PlatformDay.of(ISSUED).plusMonths(12) : null, false, "3311", "ZK-1", null,
				CoverageDecider.GENERAL_PRACTITIONER);
	}

	private static EligibilityResult.Insured insured(@Nullable String supplementary) {
		return new EligibilityResult.Insured("3311", "Zilveren Kruis", true, supplementary, false, ISSUED, false);
	}

	private static List<String> codes(Verdict verdict) {
		return verdict.reasons().stream().map(Reason::code).toList();
	}

	@Nested
	class AtAnInsurerWhoseBasicInsuranceCoversIt {

		@Test
		void whenTheGpReferred_thenCoveredBasic() {
			Verdict verdict = decider.decide(aboutGp("PRESENT", "gp"), covers, insured(null), TODAY);

			assertThat(verdict.decision()).isEqualTo(Decision.COVERED_BASIC);
			assertThat(codes(verdict)).contains("REFERRAL_VALID");
		}

		@Test
		void whenASpecialistReferred_thenTheReferralDoesNotCountAndOnlySupplementaryMayPay() {
			Verdict withoutPackage = decider.decide(aboutGp("PRESENT", "specialist"), covers, insured(null), TODAY);
			Verdict withPackage = decider.decide(aboutGp("PRESENT", "specialist"), covers,
					insured("Aanvullend 3 sterren"), TODAY);

			assertThat(withoutPackage.decision()).isEqualTo(Decision.NOT_COVERED);
			assertThat(codes(withoutPackage)).containsExactly("INSURED", "GP_SECOND_OPINION_NEEDS_GP_REFERRAL",
					"NO_SUPPLEMENTARY");
			assertThat(withPackage.decision()).isEqualTo(Decision.COVERED_SUPPLEMENTARY);
		}

		@Test
		void whenThereIsNoReferral_thenNoReferralIsTheReason() {
			Verdict verdict = decider.decide(aboutGp("NONE", null), covers, insured(null), TODAY);

			assertThat(codes(verdict)).containsExactly("INSURED", "NO_REFERRAL", "NO_SUPPLEMENTARY");
		}

	}

	@Nested
	class AtAnInsurerThatLeavesItToSupplementaryPackages {

		@Test
		void whenEvenTheGpReferred_thenBasicDoesNotPayAndTheReasonSaysSoInsteadOfAskingForAReferral() {
			Verdict verdict = decider.decide(aboutGp("PRESENT", "gp"), leavesItToSupplementary, insured(null), TODAY);
			Verdict unreferred = decider.decide(aboutGp("NONE", null), leavesItToSupplementary, insured(null), TODAY);

			assertThat(verdict.decision()).isEqualTo(Decision.NOT_COVERED);
			assertThat(codes(verdict)).containsExactly("INSURED", "GP_SECOND_OPINION_NOT_IN_BASIC", "NO_SUPPLEMENTARY");
			assertThat(codes(unreferred)).contains("GP_SECOND_OPINION_NOT_IN_BASIC").doesNotContain("NO_REFERRAL");
		}

		@Test
		void whenThePackageIsListed_thenCoveredBySupplementary() {
			Verdict verdict = decider.decide(aboutGp("PRESENT", "gp"), leavesItToSupplementary,
					insured("Aanvullend 3 sterren"), TODAY);

			assertThat(verdict.decision()).isEqualTo(Decision.COVERED_SUPPLEMENTARY);
		}

	}

	@Test
	void whenTheSecondOpinionIsAboutASpecialist_thenTheInsurersGpSettingDoesNotMatter() {
		var aboutSpecialist = new CoverageBasis("PRESENT", "specialist", ISSUED, PlatformDay.of(ISSUED).plusMonths(12),
				false, "9664", null, null, "SPECIALIST");

		Verdict verdict = decider.decide(aboutSpecialist, leavesItToSupplementary, insured(null), TODAY);

		assertThat(verdict.decision()).isEqualTo(Decision.COVERED_BASIC);
	}

	@Test
	void whenEstimated_thenTheGpRuleGivesTheSameAnswerBeforeTheInsurerIsAsked() {
		Verdict estimate = decider.estimate(aboutGp("PRESENT", "specialist"), covers, TODAY);

		assertThat(estimate.decision()).isEqualTo(Decision.NOT_COVERED);
		assertThat(codes(estimate)).startsWith("GP_SECOND_OPINION_NEEDS_GP_REFERRAL");
	}

}
