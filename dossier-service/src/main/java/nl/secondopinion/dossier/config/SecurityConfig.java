package nl.secondopinion.dossier.config;

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
 * Role checks per path. Who may see which dossier depends on the case, so it is decided
 * by the dossier guard, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
			ProblemSecurityHandlers handlers) throws Exception {
		return ServiceSecurity.apply(http, converter, handlers)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/internal/**")
				.hasRole(Role.PLATFORM_SERVICE.realmName())
				// tus discovery: the same answer for every dossier, nothing about one.
				.requestMatchers(HttpMethod.OPTIONS, "/api/dossiers/*/uploads", "/api/dossiers/*/uploads/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.build();
	}

}
