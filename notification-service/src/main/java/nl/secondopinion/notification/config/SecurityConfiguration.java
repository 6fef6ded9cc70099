package nl.secondopinion.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import nl.secondopinion.support.security.ProblemSecurityHandlers;
import nl.secondopinion.support.security.Role;
import nl.secondopinion.support.security.ServiceSecurity;

/**
 * Events come from services only; dead letters are for platform admins; everyone else
 * sees only their own inbox and preferences (enforced by the queries, which filter on the
 * token's subject).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
			ProblemSecurityHandlers handlers) throws Exception {
		return ServiceSecurity.apply(http, converter, handlers)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/internal/**")
				.hasRole(Role.PLATFORM_SERVICE.realmName())
				.requestMatchers("/api/notifications/admin/**")
				.hasRole(Role.PLATFORM_ADMIN.realmName())
				.anyRequest()
				.authenticated())
			.build();
	}

}
