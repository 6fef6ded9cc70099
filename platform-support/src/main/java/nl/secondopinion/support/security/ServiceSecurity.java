package nl.secondopinion.support.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The part of every service's security that must not differ between services: stateless
 * bearer tokens checked against Keycloak, problem answers for 401/403, the few public
 * endpoints (health probes and the OpenAPI document) and the dead-event endpoints, which
 * are for platform admins only. Each service adds its own endpoint rules after this.
 */
public final class ServiceSecurity {

	private ServiceSecurity() {
	}

	public static HttpSecurity apply(HttpSecurity http, JwtAuthenticationConverter converter,
			ProblemSecurityHandlers handlers) {
		return http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/v3/api-docs",
						"/v3/api-docs/**")
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				// The dead events platform-support adds to a service (deadevent package):
				// platform admins only, whatever the service's own rules say.
				.requestMatchers("/api/*/admin/dead-events", "/api/*/admin/dead-events/**")
				.hasRole(Role.PLATFORM_ADMIN.realmName()));
	}

}
