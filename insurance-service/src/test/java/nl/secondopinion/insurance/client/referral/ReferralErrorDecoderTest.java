package nl.secondopinion.insurance.client.referral;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralErrorDecoderTest {

	private final ReferralErrorDecoder decoder = new ReferralErrorDecoder();

	private static Response answer(int status, String body) {
		return Response.builder()
			.status(status)
			.request(Request.create(Request.HttpMethod.POST, "/internal/requests/r-1/consultant", Map.of(), null,
					StandardCharsets.UTF_8, null))
			.body(body, StandardCharsets.UTF_8)
			.build();
	}

	@Test
	void whenARefusalCarriesAProblem_thenItsSlugAndDetailAreKept() {
		Exception decoded = this.decoder.decode("assign", answer(422, """
				{"type":"https://secondopinion.nl/problems/not-independent","detail":"Same practice as the GP."}"""));

		assertThat(decoded).isInstanceOfSatisfying(ReferralRefusalException.class, (refusal) -> {
			assertThat(refusal.status()).isEqualTo(422);
			assertThat(refusal.slug()).isEqualTo("not-independent");
			assertThat(refusal.detail()).isEqualTo("Same practice as the GP.");
		});
	}

	@Test
	void whenTheBodyIsNoProblemOrItsDetailUnfitForADeskUser_thenNoDetailIsPassedOn() {
		ReferralRefusalException html = (ReferralRefusalException) this.decoder.decode("assign",
				answer(409, "<html>busy</html>"));
		ReferralRefusalException tooLong = (ReferralRefusalException) this.decoder.decode("assign",
				answer(409, "{\"type\":\"x/illegal-transition\",\"detail\":\"" + "a".repeat(600) + "\"}"));
		ReferralRefusalException odd = (ReferralRefusalException) this.decoder.decode("assign",
				answer(422, "{\"type\":\"x/<script>\",\"detail\":\"line\\nbreak\"}"));

		assertThat(html.slug()).isEqualTo("unknown");
		assertThat(html.detail()).isNull();
		assertThat(tooLong.slug()).isEqualTo("illegal-transition");
		assertThat(tooLong.detail()).isNull();
		assertThat(odd.slug()).isEqualTo("unknown");
		assertThat(odd.detail()).isNull();
	}

	@Test
	void whenItIsAnotherStatus_thenTheSharedRules() {
		assertThat(this.decoder.decode("context", answer(404, ""))).isInstanceOf(ReferralNotFoundException.class);
		assertThat(this.decoder.decode("context", answer(400, "")))
			.isExactlyInstanceOf(ReferralRejectedCallException.class);
		assertThat(this.decoder.decode("context", answer(503, ""))).isInstanceOf(feign.FeignException.class);
	}

}
