package nl.secondopinion.gateway.bff;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class BffCookiesTest {

	@Test
	void whenSecureCookiesConfigured_thenSessionAndCsrfCookiesAreSecureOverPlainHttp() {
		BffProperties properties = properties(true);

		assertThat(sessionCookie(properties, "http://localhost:8080/").isSecure()).isTrue();
		assertThat(csrfCookie(properties, "http://localhost:8080/").isSecure()).isTrue();
	}

	@Test
	void whenNotConfigured_thenCookiesAreSecureExactlyOnHttps() {
		BffProperties properties = properties(false);

		assertThat(sessionCookie(properties, "http://localhost:8080/").isSecure()).isFalse();
		assertThat(sessionCookie(properties, "https://portal.example/").isSecure()).isTrue();
		assertThat(csrfCookie(properties, "http://localhost:8080/").isSecure()).isFalse();
	}

	@Test
	void whenSessionCookieIsSet_thenScriptsCannotReadItAndOtherSitesDoNotSendItOnPosts() {
		ResponseCookie session = sessionCookie(properties(false), "http://localhost:8080/");

		assertThat(session.getName()).isEqualTo("SESSION");
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
		assertThat(session.getPath()).isEqualTo("/");
	}

	@Test
	void whenCsrfCookieIsSet_thenScriptsCanReadIt() {
		ResponseCookie csrf = csrfCookie(properties(false), "http://localhost:8080/");

		assertThat(csrf.getName()).isEqualTo("XSRF-TOKEN");
		assertThat(csrf.isHttpOnly()).isFalse();
		assertThat(csrf.getSameSite()).isEqualTo("Lax");
		assertThat(csrf.getPath()).isEqualTo("/");
	}

	private static BffProperties properties(boolean secureCookies) {
		return new BffProperties(URI.create("http://localhost:8180/realms/secondopinion"), "portal", "secret",
				secureCookies, "{baseUrl}/", "{baseUrl}/logout/connect/back-channel/{registrationId}");
	}

	private static ResponseCookie sessionCookie(BffProperties properties, String url) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(url));
		new BffConfiguration().webSessionIdResolver(properties).setSessionId(exchange, "session-id");
		return exchange.getResponse().getCookies().getFirst("SESSION");
	}

	private static ResponseCookie csrfCookie(BffProperties properties, String url) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(url));
		CookieServerCsrfTokenRepository repository = new BffSecurity(
				new InMemoryReactiveClientRegistrationRepository(BffConfiguration.keycloak(properties)), properties)
			.csrfTokenRepository();
		CsrfToken token = repository.generateToken(exchange).block();
		repository.saveToken(exchange, token).block();
		return exchange.getResponse().getCookies().getFirst("XSRF-TOKEN");
	}

}
