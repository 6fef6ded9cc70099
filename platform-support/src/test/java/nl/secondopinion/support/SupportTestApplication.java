package nl.secondopinion.support;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.ProblemSecurityHandlers;
import nl.secondopinion.support.security.ServiceSecurity;

/**
 * A minimal service built on the library, as each real service is: the library's beans
 * come from its auto-configuration only, never from scanning its packages.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SupportTestApplication {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
			ProblemSecurityHandlers handlers) throws Exception {
		return ServiceSecurity.apply(http, converter, handlers)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/patients-only")
				.hasRole("patient")
				.anyRequest()
				.authenticated())
			.build();
	}

	@RestController
	static class Endpoints {

		@GetMapping("/api/patients-only")
		Map<String, String> patientsOnly(@AuthenticationPrincipal Jwt jwt) {
			return Map.of("username", CurrentUser.from(jwt).username());
		}

		@GetMapping("/api/failing")
		Map<String, String> failing() {
			throw new IllegalStateException("internal detail that must never reach a user");
		}

	}

}
