package nl.secondopinion.gateway.routing;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class SpoofedHeaderWebFilterTest {

	private final SpoofedHeaderWebFilter filter = new SpoofedHeaderWebFilter(
			new InboundHeaderProperties(List.of("X-Internal-", "X-Forwarded-User", "Remote-User")));

	@Test
	void whenRequestCarriesListedHeaders_thenTheyAreRemovedWhateverTheirCase() {
		HttpHeaders forwarded = passThrough(MockServerHttpRequest.get("/api/requests")
			.header("X-Internal-Caller", "referral-service")
			.header("x-INTERNAL-role", "platform-admin")
			.header("X-Forwarded-User", "admin")
			.header("remote-user", "admin"));

		assertThat(forwarded.headerNames()).noneMatch((name) -> name.toLowerCase().startsWith("x-internal-"))
			.doesNotContain("X-Forwarded-User", "remote-user");
	}

	@Test
	void whenRequestCarriesOrdinaryHeaders_thenTheyAreKept() {
		HttpHeaders forwarded = passThrough(MockServerHttpRequest.get("/api/requests")
			.header(HttpHeaders.AUTHORIZATION, "Bearer abc")
			.header("X-Forwarded-For", "203.0.113.9")
			.header("X-Correlation-ID", "client-id-12345"));

		assertThat(forwarded.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer abc");
		assertThat(forwarded.getFirst("X-Forwarded-For")).isEqualTo("203.0.113.9");
		assertThat(forwarded.getFirst("X-Correlation-ID")).isEqualTo("client-id-12345");
	}

	private HttpHeaders passThrough(MockServerHttpRequest.BaseBuilder<?> request) {
		AtomicReference<ServerWebExchange> seen = new AtomicReference<>();
		this.filter.filter(MockServerWebExchange.from(request), (exchange) -> {
			seen.set(exchange);
			return Mono.empty();
		}).block();
		return seen.get().getRequest().getHeaders();
	}

}
