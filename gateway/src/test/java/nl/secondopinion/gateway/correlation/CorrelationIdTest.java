package nl.secondopinion.gateway.correlation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTest {

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@ParameterizedTest
	@ValueSource(strings = { "abcdefgh", "client-chosen-id.0001", "A_B-C.D_E-F.G_H",
			"0123456789012345678901234567890123456789012345678901234567890123" })
	void whenCandidateIsWellFormed_thenItIsKept(String candidate) {
		assertThat(CorrelationId.acceptOrGenerate(candidate)).isEqualTo(candidate);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "short", "has space in it", "line\nbreak-injection", "<script>alert(1)</script>",
			"01234567890123456789012345678901234567890123456789012345678901234", "ümlaut-and-more" })
	void whenCandidateIsMissingOrMalformed_thenUuidIsGenerated(String candidate) {
		assertThat(CorrelationId.acceptOrGenerate(candidate)).matches(UUID_PATTERN);
	}

}
