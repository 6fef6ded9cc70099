package nl.secondopinion.support.feign;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import feign.Request;
import feign.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedProblemTest {

	private static final class Refused extends RejectedCallException {

		Refused(int status, @Nullable ReceivedProblem problem) {
			super("refused with status " + status, status, problem);
		}

	}

	private static final class ReadingDecoder extends ServiceErrorDecoder {

		ReadingDecoder() {
			super(null, Refused::new);
		}

	}

	private static final class StatusOnlyDecoder extends ServiceErrorDecoder {

		StatusOnlyDecoder() {
			super(null, (int status) -> new Refused(status, null));
		}

	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void whenTheBodyIsAProblem_thenTypeTitleAndDetailAreRead() {
		ReceivedProblem problem = ReceivedProblem.parse(utf8("""
				{"type":"https://secondopinion.nl/problems/unknown-event-type","title":"Unknown event type",
				 "status":422,"detail":"Type FOO is not part of the contract.","correlationId":"c-1"}"""));

		assertThat(problem).isEqualTo(new ReceivedProblem("https://secondopinion.nl/problems/unknown-event-type",
				"Unknown event type", "Type FOO is not part of the contract."));
	}

	@Test
	void whenMembersAreLongOrCarryControlCharacters_thenTheyAreCutAndPlain() {
		ReceivedProblem problem = ReceivedProblem
			.parse(utf8("{\"title\":\"Bad\\n\\u0007event\",\"detail\":\"" + "x".repeat(2000) + "\"}"));

		assertThat(problem.type()).isNull();
		assertThat(problem.title()).isEqualTo("Bad  event");
		assertThat(problem.detail()).hasSize(ReceivedProblem.MAX_DETAIL).endsWith("…");
	}

	@Test
	void whenTheBodyIsNoProblemOrTooLarge_thenThereIsNone() {
		assertThat(ReceivedProblem.parse(utf8("Bad Request"))).isNull();
		assertThat(ReceivedProblem.parse(utf8("[\"type\"]"))).isNull();
		assertThat(ReceivedProblem.parse(utf8("{\"status\":422}"))).isNull();
		assertThat(ReceivedProblem.parse(new byte[0])).isNull();
		assertThat(ReceivedProblem.parse(utf8("{\"title\":\"" + "x".repeat(ReceivedProblem.MAX_BODY) + "\"}")))
			.isNull();
	}

	@Test
	void whenTheDecoderKeepsReasons_thenTheRefusalCarriesTheProblemOtherwiseOnlyTheStatus() {
		Response refusal = response(422, "{\"type\":\"https://secondopinion.nl/problems/invalid-event\"}");

		assertThat(new ReadingDecoder().decode("m", refusal)).isInstanceOfSatisfying(Refused.class, (refused) -> {
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.problem().type()).isEqualTo("https://secondopinion.nl/problems/invalid-event");
		});
		assertThat(new StatusOnlyDecoder().decode("m", response(422, "{\"type\":\"t\"}")))
			.isInstanceOfSatisfying(Refused.class, (refused) -> assertThat(refused.problem()).isNull());
		assertThat(new ReadingDecoder().decode("m", response(400, ""))).isInstanceOfSatisfying(Refused.class,
				(refused) -> assertThat(refused.problem()).isNull());
	}

	private static Response response(int status, String body) {
		Request request = Request.create(Request.HttpMethod.POST, "http://service/internal/events", Map.of(), null,
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
