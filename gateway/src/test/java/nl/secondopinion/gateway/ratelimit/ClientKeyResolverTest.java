package nl.secondopinion.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyResolverTest {

	private final ClientKeyResolver resolver = new ClientKeyResolver();

	private final MockServerWebExchange exchange = MockServerWebExchange
		.from(MockServerHttpRequest.get("/api/requests").remoteAddress(new InetSocketAddress("10.1.2.3", 50123)));

	@Test
	void whenCallerIsAuthenticated_thenKeyIsTheSubject() {
		Principal subject = () -> "3f1c2a0e-anna";
		ServerWebExchange authenticated = this.exchange.mutate().principal(Mono.just(subject)).build();

		assertThat(this.resolver.resolve(authenticated).block()).isEqualTo("user:3f1c2a0e-anna");
	}

	@Test
	void whenCallerIsAnonymous_thenKeyIsThePeerAddress() {
		assertThat(this.resolver.resolve(this.exchange).block()).isEqualTo("address:10.1.2.3");
	}

}
