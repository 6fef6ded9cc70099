package nl.secondopinion.support.feign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import feign.FeignException;
import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;

import nl.secondopinion.support.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

class DownstreamFailuresTest {

	private static final class TestRejection extends RejectedCallException {

		TestRejection(int status) {
			super("Test service refused the call with status " + status, status);
		}

	}

	private static final class Decoder extends ServiceErrorDecoder {

		Decoder(boolean notFoundIsAnAnswer) {
			super(notFoundIsAnAnswer ? IllegalStateException::new : null, TestRejection::new);
		}

	}

	@Test
	void theCallsOwnFailureIsFoundInsideTheTimeLimitersWrappers() {
		TestRejection rejection = new TestRejection(401);

		assertThat(DownstreamFailures.unwrap(new ExecutionException(new CompletionException(rejection))))
			.isSameAs(rejection);
		assertThat(DownstreamFailures.unwrap(rejection)).isSameAs(rejection);
	}

	@Test
	void refusalsAndUnreadableAnswersAreOurFaultOutagesAreNot() {
		assertThat(DownstreamFailures.isOurFault(new TestRejection(400))).isTrue();
		assertThat(DownstreamFailures.isOurFault(new IllegalStateException("connection refused"))).isFalse();
	}

	@Test
	void theDescriptionNamesTheFailureWithoutTheResponseBody() {
		FeignException serverError = FeignException.errorStatus("m", response(500, "secret body"));

		assertThat(DownstreamFailures.describe(serverError)).contains("500").doesNotContain("secret body");
		assertThat(DownstreamFailures.describe(new TestRejection(403))).isEqualTo("status 403");
	}

	@Test
	void ourFaultIsA502AndTheServicesA503WithRetryAfter() {
		ProblemException failed = DownstreamFailures.callFailed("dossier", "detail");
		ProblemException unavailable = DownstreamFailures.unavailable("dossier", "detail", Duration.ofSeconds(30));

		assertThat(failed.problem().getStatus()).isEqualTo(502);
		assertThat(failed.problem().getType()).hasToString("https://secondopinion.nl/problems/dossier-call-failed");
		assertThat(failed.problem().getTitle()).isEqualTo("Dossier service call failed");
		assertThat(unavailable.problem().getStatus()).isEqualTo(503);
		assertThat(unavailable.problem().getType())
			.hasToString("https://secondopinion.nl/problems/dossier-unavailable");
		assertThat(unavailable.headers()).containsEntry("Retry-After", "30");
	}

	@Test
	void theDecoderSortsAnswersIntoAnswersFaultsAndOutages() {
		assertThat(new Decoder(true).decode("m", response(404, ""))).isInstanceOf(IllegalStateException.class);
		assertThat(new Decoder(false).decode("m", response(404, ""))).isInstanceOf(TestRejection.class);
		assertThat(new Decoder(true).decode("m", response(401, ""))).isInstanceOfSatisfying(TestRejection.class,
				(rejection) -> assertThat(rejection.status()).isEqualTo(401));
		for (int counted : new int[] { 408, 429, 500, 503 }) {
			assertThat(new Decoder(true).decode("m", response(counted, ""))).isNotInstanceOf(TestRejection.class)
				.isInstanceOf(FeignException.class);
		}
	}

	private static Response response(int status, String body) {
		Request request = Request.create(Request.HttpMethod.GET, "http://service/x", Map.of(), null,
				StandardCharsets.UTF_8, null);
		return Response.builder()
			.status(status)
			.reason("reason")
			.request(request)
			.headers(Map.of())
			.body(body, StandardCharsets.UTF_8)
			.build();
	}

}
