package nl.secondopinion.referral.config;

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
 * Role checks per endpoint. Which request a caller may see is decided by the request
 * service, because it depends on the request, not only on the role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
			ProblemSecurityHandlers handlers) throws Exception {
		ServiceSecurity.apply(http, converter, handlers)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/internal/**")
				.hasRole(Role.PLATFORM_SERVICE.realmName())
				.requestMatchers(HttpMethod.POST, "/api/requests")
				.hasAnyRole(Role.PATIENT.realmName(), Role.REPRESENTATIVE.realmName())
				.requestMatchers(HttpMethod.GET, "/api/consultants", "/api/consultants/**")
				.authenticated()
				.requestMatchers("/api/consultants", "/api/consultants/**")
				.hasRole(Role.PLATFORM_ADMIN.realmName())
				.requestMatchers("/api/requests", "/api/requests/**")
				.authenticated()
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
