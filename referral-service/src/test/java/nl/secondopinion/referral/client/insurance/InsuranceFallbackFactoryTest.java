package nl.secondopinion.referral.client.insurance;

import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import feign.Request;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import nl.secondopinion.referral.request.UnknownInsurerException;
import nl.secondopinion.support.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InsuranceFallbackFactoryTest {

	private static final String REQUEST_ID = "00000000-0000-4000-8000-000000000001";

	private final InsuranceFallbackFactory factory = new InsuranceFallbackFactory(new InsuranceProperties(
			URI.create("http://insurance"), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(30)));

	private ProblemException problemFor(Throwable cause) {
		InsuranceClient fallback = this.factory.create(cause);
		return catchThrowableOfType(ProblemException.class, () -> fallback.estimateCoverage(REQUEST_ID));
	}

	private static Request request() {
		return Request.create(Request.HttpMethod.POST, "http://insurance/internal/coverage-estimates", Map.of(),
				new byte[0], StandardCharsets.UTF_8, null);
	}

	@Test
	void anUnknownInsurerBecomesTheDomainException() {
		InsuranceClient fallback = this.factory.create(new UnknownInsurerAnswer("3311"));

		assertThatExceptionOfType(UnknownInsurerException.class).isThrownBy(() -> fallback.estimateCoverage(REQUEST_ID))
			.satisfies((exception) -> assertThat(exception.uzovi()).isEqualTo("3311"));
	}

	@Test
	void aRejectedCallIsABadGatewayWithoutRetryAfter() {
		ProblemException problem = problemFor(new InsuranceRejectedCallException(401));

		assertThat(problem.problem().getStatus()).isEqualTo(HttpStatus.BAD_GATEWAY.value());
		assertThat(problem.headers()).doesNotContainKey("Retry-After");
	}

	@Test
	void anUndecodableAnswerIsABadGateway() {
		ProblemException problem = problemFor(new DecodeException(200, "bad json", request()));

		assertThat(problem.problem().getStatus()).isEqualTo(HttpStatus.BAD_GATEWAY.value());
	}

	@Test
	void aRefusedConnectionIsUnavailableWithRetryAfter() {
		ProblemException problem = problemFor(new RetryableException(-1, "Connection refused", Request.HttpMethod.POST,
				new ConnectException("Connection refused"), (Long) null, request()));

		assertThat(problem.problem().getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
		assertThat(problem.headers()).containsEntry("Retry-After", "30");
	}

	@Test
	void aTimeLimitIsUnavailable() {
		assertThat(problemFor(new TimeoutException()).problem().getStatus()).isEqualTo(503);
	}

	@Test
	void anOpenBreakerIsUnavailable() {
		CallNotPermittedException open = CallNotPermittedException
			.createCallNotPermittedException(CircuitBreaker.ofDefaults("insurance-service"));

		assertThat(problemFor(open).problem().getStatus()).isEqualTo(503);
		assertThat(problemFor(open).problem().getType().toString())
			.isEqualTo("https://secondopinion.nl/problems/insurance-unavailable");
	}

	@Test
	void withoutACoverageCheckTheLatestDecisionIsAbsentNotAnError() {
		InsuranceClient fallback = this.factory.create(new InsurerNotFoundException());

		assertThatExceptionOfType(NoCoverageCheckException.class).isThrownBy(() -> fallback.latestCoverage("r1"));
		assertThat(new InsuranceCoverageDecisions(fallback).latest("r1")).isEmpty();
	}

	@Test
	void anUnavailableServiceIsUnavailableForTheLatestDecisionToo() {
		InsuranceClient fallback = this.factory.create(new TimeoutException());

		assertThat(catchThrowableOfType(ProblemException.class, () -> fallback.latestCoverage("r1")).headers())
			.containsEntry("Retry-After", "30");
	}

}
