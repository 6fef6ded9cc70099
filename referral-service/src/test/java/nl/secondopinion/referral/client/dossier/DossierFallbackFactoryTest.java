package nl.secondopinion.referral.client.dossier;

import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import feign.Request;
import feign.Response;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import nl.secondopinion.support.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DossierFallbackFactoryTest {

	private final DossierFallbackFactory factory = new DossierFallbackFactory(new DossierProperties(
			URI.create("http://dossier"), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(30)));

	private ProblemException problemFor(Throwable cause) {
		return catchThrowableOfType(ProblemException.class, () -> this.factory.create(cause).checklist("r1"));
	}

	private static Request request() {
		return Request.create(Request.HttpMethod.GET, "http://dossier/internal/dossiers/r1/checklist", Map.of(), null,
				StandardCharsets.UTF_8, null);
	}

	@Test
	void ourOwnFaultIsABadGatewayWithoutRetryAfter() {
		ProblemException problem = problemFor(new DossierRejectedCallException(401));

		assertThat(problem.problem().getStatus()).isEqualTo(502);
		assertThat(problem.headers()).doesNotContainKey("Retry-After");
	}

	@Test
	void everythingElseIsUnavailableWithRetryAfter() {
		for (Throwable cause : new Throwable[] { new TimeoutException(),
				new RetryableException(-1, "refused", Request.HttpMethod.GET, new ConnectException("refused"),
						(Long) null, request()),
				CallNotPermittedException
					.createCallNotPermittedException(CircuitBreaker.ofDefaults("dossier-service")) }) {
			ProblemException problem = problemFor(cause);
			assertThat(problem.problem().getStatus()).as(cause.getClass().getSimpleName()).isEqualTo(503);
			assertThat(problem.problem().getType().toString())
				.isEqualTo("https://secondopinion.nl/problems/dossier-unavailable");
			assertThat(problem.headers()).containsEntry("Retry-After", "30");
		}
	}

	@Test
	void theDecoderLeavesServerErrorsToTheBreakerAndKeepsClientErrorsOut() {
		DossierErrorDecoder decoder = new DossierErrorDecoder();
		for (int status : new int[] { 400, 401, 403, 404, 422 }) {
			assertThat(decoder.decode("m", response(status))).isInstanceOf(DossierRejectedCallException.class);
		}
		for (int status : new int[] { 408, 429, 500, 503 }) {
			assertThat(decoder.decode("m", response(status))).isNotInstanceOf(DossierRejectedCallException.class);
		}
	}

	private static Response response(int status) {
		return Response.builder().status(status).reason("x").request(request()).headers(Map.of()).build();
	}

}
