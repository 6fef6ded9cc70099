package nl.secondopinion.support.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import nl.secondopinion.support.correlation.CorrelationIdFilter;
import nl.secondopinion.support.feign.CorrelationIdFeignInterceptor;
import nl.secondopinion.support.openapi.ProblemResponsesCustomizer;
import nl.secondopinion.support.problem.ProblemDetailsAdvice;
import nl.secondopinion.support.problem.ProblemErrorController;
import nl.secondopinion.support.security.KeycloakRealmRoleConverter;
import nl.secondopinion.support.security.ProblemSecurityHandlers;

/**
 * Plumbing every servlet service of the platform gets by depending on this library. Runs
 * before Boot's own error and resource-server configuration so that those back off.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ ProblemDetailsAdvice.class, ProblemErrorController.class })
public class PlatformSupportAutoConfiguration {

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		// Before Spring Security, so that 401 and 403 answers carry the id as well.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new KeycloakRealmRoleConverter());
		return converter;
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemSecurityHandlers problemSecurityHandlers() {
		return new ProblemSecurityHandlers();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
	static class OpenApiSupport {

		@Bean
		ProblemResponsesCustomizer problemResponsesCustomizer() {
			return new ProblemResponsesCustomizer();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "feign.RequestInterceptor")
	static class FeignSupport {

		@Bean
		CorrelationIdFeignInterceptor correlationIdFeignInterceptor() {
			return new CorrelationIdFeignInterceptor();
		}

	}

}
