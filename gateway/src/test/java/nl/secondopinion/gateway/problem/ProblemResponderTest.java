package nl.secondopinion.gateway.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponderTest {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final ProblemResponder responder = new ProblemResponder(this.jsonMapper);

	@Test
	void whenProblemIsWritten_thenBodyHasStableTypeFixedTextsAndStatus() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/requests"));

		this.responder.respond(exchange, HttpStatus.SERVICE_UNAVAILABLE).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> body = this.jsonMapper.readValue(exchange.getResponse().getBodyAsString().block(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		assertThat(List.copyOf(body.keySet())).containsExactly("type", "title", "status", "detail");
		assertThat(body).containsEntry("type", "https://secondopinion.nl/problems/service-unavailable")
			.containsEntry("title", "Service unavailable")
			.containsEntry("status", 503);
	}

	@Test
	void whenStatusHasNoOwnText_thenGenericProblemIsAnswered() {
		assertThat(Problem.of(HttpStatus.I_AM_A_TEAPOT, "corr-id-0001"))
			.isEqualTo(new Problem("https://secondopinion.nl/problems/http-418", "I'm a teapot", 418,
					"The gateway could not handle this request.", "corr-id-0001"));
		assertThat(Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, null).type())
			.isEqualTo("https://secondopinion.nl/problems/internal-error");
	}

}
