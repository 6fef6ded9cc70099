package nl.secondopinion.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import nl.secondopinion.gateway.bff.BffSecurity;
import nl.secondopinion.gateway.problem.ProblemResponder;

/**
 * Who may pass the gateway. Two kinds of callers, two filter chains:
 * <ul>
 * <li>A request with {@code Authorization: Bearer …} (mobile apps, scripts, the
 * end-to-end suite) is checked as a Keycloak token whose audience contains
 * {@code gateway} (Boot's decoder, from the
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties), statelessly: cookies
 * are ignored, no CSRF token is needed. The services check the same token again for their
 * own audience and roles.</li>
 * <li>Every other request is a browser's: the user is the one signed in to the gateway's
 * session (see {@link BffSecurity}), whose access token the API routes relay; a
 * state-changing request with the session cookie needs the CSRF token.</li>
 * </ul>
 * In both, {@code /api/**} needs a user and answers 401 problem details otherwise, never
 * a redirect. Bearer callers need a valid token for every path not listed as public, so
 * that a new endpoint is never public by accident; browsers may read the portal (any
 * other {@code GET}), which has no data of its own.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**" };

	@Bean
	@Order(1)
	SecurityWebFilterChain bearerSecurity(ServerHttpSecurity http, ProblemResponder responder,
			CorsProperties corsProperties) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(responder);
		ProblemCorsWebFilter cors = new ProblemCorsWebFilter(CorsPolicy.from(corsProperties), responder);
		return http.securityMatcher(BearerRequests.MATCHER)
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.addFilterAt(cors, SecurityWebFiltersOrder.CORS)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(PUBLIC_PATHS)
				.permitAll()
				.pathMatchers("/api/**")
				.authenticated()
				.pathMatchers("/actuator/**")
				.denyAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain sessionSecurity(ServerHttpSecurity http, ProblemResponder responder,
			CorsProperties corsProperties, BffSecurity bff) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(responder);
		ProblemCorsWebFilter cors = new ProblemCorsWebFilter(CorsPolicy.from(corsProperties), responder);
		http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.addFilterAt(cors, SecurityWebFiltersOrder.CORS)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(PUBLIC_PATHS)
				.permitAll()
				.pathMatchers("/api/**")
				.authenticated()
				.pathMatchers("/actuator/**")
				.denyAll()
				// The portal's files and pages, /bff/session, /bff/login and the sign-in
				// callback; whatever else a GET reaches answers 404.
				.pathMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyExchange()
				.authenticated())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return bff.configure(http, problems).build();
	}

}
