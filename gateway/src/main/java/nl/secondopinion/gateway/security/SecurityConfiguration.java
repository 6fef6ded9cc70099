package nl.secondopinion.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import nl.secondopinion.gateway.problem.ProblemResponder;

/**
 * Who may pass the gateway. Everything under {@code /api} needs a Keycloak token whose
 * audience contains {@code gateway} (checked by Boot's decoder from the
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties); the services check the
 * same token again for their own audience and roles. Paths not listed are refused as
 * well, so that a new endpoint is never public by accident.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**" };

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemResponder responder,
			CorsProperties corsProperties) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(responder);
		ProblemCorsWebFilter cors = new ProblemCorsWebFilter(CorsPolicy.from(corsProperties), responder);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
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

}
