package nl.secondopinion.gateway.problem;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import nl.secondopinion.gateway.correlation.CorrelationId;

/**
 * Writes a gateway problem straight to the response; used by the error handler and by the
 * security and CORS handlers, which run before any message writer is chosen.
 */
@Component
public class ProblemResponder {

	private final JsonMapper jsonMapper;

	public ProblemResponder(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public Mono<Void> respond(ServerWebExchange exchange, HttpStatusCode status) {
		Problem problem = Problem.of(status, CorrelationId.of(exchange).orElse(null));
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		HttpHeaders headers = response.getHeaders();
		headers.remove(HttpHeaders.CONTENT_LENGTH);
		headers.remove(HttpHeaders.CONTENT_ENCODING);
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return response.writeWith(Mono.fromSupplier(() -> body(response, problem)));
	}

	private DataBuffer body(ServerHttpResponse response, Problem problem) {
		return response.bufferFactory().wrap(this.jsonMapper.writeValueAsBytes(problem));
	}

}
