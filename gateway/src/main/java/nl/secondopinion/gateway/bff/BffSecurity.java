package nl.secondopinion.gateway.bff;

import java.net.URI;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfServerLogoutHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

/**
 * The browser side of the gateway's security: sign-in through Keycloak
 * ({@code /bff/login}, callback {@code /login/oauth2/code/keycloak}), sign-out
 * ({@code POST /logout}, also at Keycloak), Keycloak's back-channel logout
 * ({@code /logout/connect/back-channel/keycloak}) and CSRF protection for every
 * state-changing request that comes with the session cookie. Applied to the filter chain
 * of requests without a bearer token.
 */
public final class BffSecurity {

	/** Where a failed sign-in (refused at Keycloak, stale state) lands. */
	static final String SIGN_IN_FAILED = "/?signin=failed";

	private final ReactiveClientRegistrationRepository registrations;

	private final BffProperties properties;

	BffSecurity(ReactiveClientRegistrationRepository registrations, BffProperties properties) {
		this.registrations = registrations;
		this.properties = properties;
	}

	public ServerHttpSecurity configure(ServerHttpSecurity http, ServerAccessDeniedHandler csrfRefused) {
		CookieServerCsrfTokenRepository csrfTokens = csrfTokenRepository();
		return http
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
				.requireCsrfProtectionMatcher(unsafeRequestWithSessionCookie())
				.accessDeniedHandler(csrfRefused))
			.addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
			.oauth2Login((login) -> login.authorizationRequestResolver(new LoginRequestResolver(this.registrations))
				.authenticationSuccessHandler(new ReturnToSuccessHandler())
				.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(SIGN_IN_FAILED))
				// Also keeps Spring from generating a login page at /login.
				.loginPage(LoginRequestResolver.LOGIN_PATH))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
						new WebSessionServerLogoutHandler(), new CsrfServerLogoutHandler(csrfTokens)))
				.logoutSuccessHandler(keycloakLogout()))
			.oidcLogout((oidc) -> oidc
				.backChannel((backChannel) -> backChannel.logoutUri(this.properties.backChannelLogoutUri())));
	}

	CookieServerCsrfTokenRepository csrfTokenRepository() {
		CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookiePath("/");
		boolean secure = this.properties.secureCookies();
		repository.setCookieCustomizer((cookie) -> {
			cookie.sameSite("Lax");
			if (secure) {
				cookie.secure(true);
			}
		});
		return repository;
	}

	// Without the session cookie a request carries no credential a forged page could
	// borrow, so there is nothing to protect (and an API call answers 401, not 403).
	private static ServerWebExchangeMatcher unsafeRequestWithSessionCookie() {
		return (exchange) -> {
			HttpMethod method = exchange.getRequest().getMethod();
			boolean safe = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
					|| HttpMethod.OPTIONS.equals(method) || HttpMethod.TRACE.equals(method);
			HttpCookie session = exchange.getRequest().getCookies().getFirst(BffProperties.SESSION_COOKIE);
			return (!safe && session != null) ? MatchResult.match() : MatchResult.notMatch();
		};
	}

	private OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout() {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				this.registrations);
		handler.setPostLogoutRedirectUri(this.properties.postLogoutRedirectUri());
		// Without an OIDC session (already signed out) the browser just goes home.
		handler.setLogoutSuccessUrl(URI.create("/"));
		return handler;
	}

}
