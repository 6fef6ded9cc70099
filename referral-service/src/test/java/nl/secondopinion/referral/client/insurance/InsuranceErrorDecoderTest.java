package nl.secondopinion.referral.client.insurance;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import feign.FeignException;
import feign.Request;
import feign.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsuranceErrorDecoderTest {

	private final InsuranceErrorDecoder decoder = new InsuranceErrorDecoder();

	private static Response response(int status) {
		Request request = Request.create(Request.HttpMethod.POST, "http://insurance/internal/coverage-estimates",
				Map.of(), new byte[0], StandardCharsets.UTF_8, null);
		return Response.builder().status(status).reason("x").request(request).headers(Map.of()).build();
	}

	@Test
	void whenTheProblemIsUnknownInsurer_thenTheRequestNamesAnInsurerInsuranceDoesNotKnow() {
		Request request = Request.create(Request.HttpMethod.GET,
				"http://insurance/internal/coverage/requests/r/estimate", Map.of(), new byte[0], StandardCharsets.UTF_8,
				null);
		Response unknown = Response.builder()
			.status(422)
			.reason("x")
			.request(request)
			.headers(Map.of())
			.body("{\"type\": \"https://secondopinion.nl/problems/unknown-insurer\", \"uzovi\": \"9999\"}",
					StandardCharsets.UTF_8)
			.build();

		assertThat(this.decoder.decode("m", unknown)).isInstanceOfSatisfying(UnknownInsurerAnswer.class,
				(answer) -> assertThat(answer.uzovi()).isEqualTo("9999"));
	}

	@Test
	void notFoundMeansTheInsurerIsUnknown() {
		assertThat(this.decoder.decode("m", response(404))).isInstanceOf(InsurerNotFoundException.class);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 409, 415, 422 })
	void otherClientErrorsAreOurOwnFault(int status) {
		assertThat(this.decoder.decode("m", response(status))).isInstanceOfSatisfying(
				InsuranceRejectedCallException.class, (exception) -> assertThat(exception.status()).isEqualTo(status));
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 500, 502, 503, 504 })
	void serverErrorsAndThrottlingStayFeignExceptionsTheBreakerCounts(int status) {
		assertThat(this.decoder.decode("m", response(status))).isInstanceOf(FeignException.class);
	}

}
