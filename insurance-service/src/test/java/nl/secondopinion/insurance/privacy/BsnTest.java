package nl.secondopinion.insurance.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTest {

	@ParameterizedTest
	@ValueSource(
			strings = { "999990019", "999990020", "999990032", "999990044", "111222333", "9999.90.019", "9999 90 019" })
	void whenNumberPassesTheElevenTest_thenItIsAccepted(String input) {
		assertThat(Bsn.parse(input)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "999990018", "123456789", "000000000", "99999001", "9999900190", "99999001a", "" })
	void whenNumberFailsTheElevenTestOrTheFormat_thenItIsRefused(String input) {
		assertThat(Bsn.parse(input)).isEmpty();
	}

	@Test
	void whenPrinted_thenOnlyTheLastThreeDigitsShow() {
		Bsn bsn = Bsn.parse("999990019").orElseThrow();

		assertThat(bsn.toString()).isEqualTo("******019").doesNotContain("99999");
		assertThat(bsn.masked()).isEqualTo("******019");
		assertThat("" + bsn).doesNotContain("999990019");
	}

}
