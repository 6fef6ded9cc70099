package nl.secondopinion.insurance.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import nl.secondopinion.support.security.ProblemSecurityHandlers;
import nl.secondopinion.support.security.Role;
import nl.secondopinion.support.security.ServiceSecurity;

/**
 * Coarse rules by role; who may see which check or mediation is decided per object in the
 * services (404 for anything the caller may not know exists).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	private static final String PATIENT = Role.PATIENT.realmName();

	private static final String REPRESENTATIVE = Role.REPRESENTATIVE.realmName();

	private static final String MEDIATOR = Role.INSURER_MEDIATOR.realmName();

	private static final String SERVICE = Role.PLATFORM_SERVICE.realmName();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
			ProblemSecurityHandlers handlers) throws Exception {
		return ServiceSecurity.apply(http, converter, handlers)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/internal/**")
				.hasRole(SERVICE)
				.requestMatchers(HttpMethod.POST, "/api/coverage/checks")
				.hasAnyRole(PATIENT, REPRESENTATIVE, SERVICE)
				.requestMatchers(HttpMethod.GET, "/api/coverage/checks/*")
				.hasAnyRole(PATIENT, REPRESENTATIVE, SERVICE, MEDIATOR)
				.requestMatchers(HttpMethod.GET, "/api/coverage/requests/*/latest")
				.hasAnyRole(PATIENT, REPRESENTATIVE, SERVICE)
				.requestMatchers(HttpMethod.POST, "/api/mediation/requests")
				.hasAnyRole(PATIENT, REPRESENTATIVE)
				.requestMatchers(HttpMethod.GET, "/api/mediation/requests", "/api/mediation/requests/*")
				.hasAnyRole(PATIENT, REPRESENTATIVE, MEDIATOR)
				.requestMatchers("/api/mediation/**")
				.hasRole(MEDIATOR)
				.anyRequest()
				.authenticated())
			.build();
	}

}
