package nl.secondopinion.insurance.coverage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.support.time.PlatformDay;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimate comes from the same rules as the decision: on the same facts, with an
 * insurer that confirms what the patient stated, both decide the same, for the same
 * reasons.
 */
class EstimateAgreesWithDecisionTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

	private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00Z");

	private final CoverageDecider decider = new CoverageDecider(
			new CoveragePolicy(new BigDecimal("385"), Duration.ofSeconds(10), Duration.ofMinutes(2)));

	private final Insurer insurer = new Insurer("3311", "Zilveren Kruis", List.of("Aanvullend 3 sterren"), false);

	private static List<String> codes(Verdict verdict) {
		return verdict.reasons().stream().map(Reason::code).toList();
	}

	private static List<CoverageBasis> everyKindOfRequest() {
		List<CoverageBasis> bases = new ArrayList<>();
		for (String status : List.of("NONE", "PRESENT", "REFUSED")) {
			for (String role : List.of("gp", "specialist", "consultant")) {
				for (boolean abroad : List.of(false, true)) {
					for (String level : List.of("SPECIALIST", "GENERAL_PRACTITIONER")) {
						for (String stated : new String[] { null, "Aanvullend 3 sterren", "Basis+" }) {
							bases.add(new CoverageBasis(status, role, "PRESENT".equals(status) ? ISSUED : null,
									"PRESENT".equals(status) ? PlatformDay.of(ISSUED).plusMonths(12) : null, abroad,
									"3311", "ZK-1", stated, level));
						}
					}
				}
			}
		}
		return bases;
	}

	private static EligibilityResult.Insured confirming(@Nullable String stated) {
		return new EligibilityResult.Insured("3311", "Zilveren Kruis", true, stated, false, ISSUED, false);
	}

	@Test
	void whenTheInsurerConfirmsTheStatedFacts_thenEstimateAndDecisionAgreeOnEveryRequest() {
		for (CoverageBasis basis : everyKindOfRequest()) {
			Verdict estimate = this.decider.estimate(basis, this.insurer, TODAY);
			Verdict decision = this.decider.decide(basis, this.insurer, confirming(basis.supplementaryPackage()),
					TODAY);

			assertThat(estimate.decision()).as(basis.toString()).isEqualTo(decision.decision());
			List<String> decisionCodes = codes(decision).subList(1, decision.reasons().size());
			assertThat(codes(estimate)).as(basis.toString())
				.containsExactlyElementsOf(append(decisionCodes, "ESTIMATE_BEFORE_INSURER_CHECK"));
		}
	}

	@Test
	void whenInsuredAbroad_thenBothAreUncertainAndSendThePatientToTheCareCostTeam() {
		var abroad = new CoverageBasis("PRESENT", "gp", ISSUED, PlatformDay.of(ISSUED).plusMonths(12), true, "3311",
				"ZK-1", null, "SPECIALIST");

		Verdict estimate = this.decider.estimate(abroad, this.insurer, TODAY);
		Verdict decision = this.decider.decide(abroad, this.insurer, confirming(null), TODAY);

		assertThat(estimate.decision()).isEqualTo(Decision.UNCERTAIN).isEqualTo(decision.decision());
		assertThat(codes(estimate)).contains("INSURED_ABROAD", "CONTACT_CARE_COST_TEAM");
		assertThat(codes(decision)).contains("INSURED_ABROAD", "CONTACT_CARE_COST_TEAM");
	}

	private static List<String> append(List<String> codes, String code) {
		List<String> all = new ArrayList<>(codes);
		all.add(code);
		return all;
	}

}
