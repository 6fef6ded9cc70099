package nl.secondopinion.insurance.estimate;

import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.coverage.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class EstimateTest {

	@Test
	void whenTheRulesDecideOnTheStatedFacts_thenTheEstimateLinesUpWithTheDecision() {
		assertThat(Estimate.of(Decision.COVERED_BASIC)).isEqualTo(Estimate.LIKELY_COVERED);
		assertThat(Estimate.of(Decision.COVERED_SUPPLEMENTARY)).isEqualTo(Estimate.LIKELY_COVERED);
		assertThat(Estimate.of(Decision.NOT_COVERED)).isEqualTo(Estimate.DEPENDS_ON_SUPPLEMENTARY);
		assertThat(Estimate.of(Decision.UNCERTAIN)).isEqualTo(Estimate.UNCERTAIN);
	}

}
