package nl.secondopinion.gateway.bff;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The gateway as Keycloak client {@code portal}. Everything a browser session holds
 * (security context, Keycloak's tokens, the pending authorization request) lives in the
 * WebSession, which is in memory unless Spring Session moves it (see the README).
 */
@Configuration(proxyBeanMethods = false)
class BffConfiguration {

	/**
	 * Built here rather than from {@code spring.security.oauth2.client.*}: Boot would
	 * either fetch Keycloak's discovery document at start-up (with an issuer) or leave
	 * the issuer out (without one), and then ID and logout tokens would not be checked
	 * for it.
	 */
	@Bean
	ReactiveClientRegistrationRepository clientRegistrationRepository(BffProperties properties) {
		return new InMemoryReactiveClientRegistrationRepository(keycloak(properties));
	}

	static ClientRegistration keycloak(BffProperties properties) {
		String issuer = properties.issuerUri().toString().replaceAll("/+$", "");
		String endpoints = issuer + "/protocol/openid-connect";
		return ClientRegistration.withRegistrationId(BffProperties.REGISTRATION_ID)
			.clientName("Keycloak")
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(OidcScopes.OPENID)
			.issuerUri(issuer)
			.authorizationUri(endpoints + "/auth")
			.tokenUri(endpoints + "/token")
			.jwkSetUri(endpoints + "/certs")
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
			.build();
	}

	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return new RelayAuthorizedClientManager(manager);
	}

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(ReactiveJwtDecoder accessTokenDecoder) {
		OidcReactiveOAuth2UserService service = new OidcReactiveOAuth2UserService();
		// The ID token has all the portal shows; userinfo would only cost a call.
		service.setRetrieveUserInfo((request) -> false);
		service.setOidcUserConverter(new KeycloakRoles(accessTokenDecoder));
		return service;
	}

	@Bean
	WebSessionIdResolver webSessionIdResolver(BffProperties properties) {
		CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
		resolver.setCookieName(BffProperties.SESSION_COOKIE);
		boolean secure = properties.secureCookies();
		resolver.addCookieInitializer((cookie) -> {
			cookie.path("/").httpOnly(true).sameSite("Lax");
			if (secure) {
				cookie.secure(true);
			}
		});
		return resolver;
	}

	@Bean
	BffSecurity bffSecurity(ReactiveClientRegistrationRepository registrations, BffProperties properties) {
		return new BffSecurity(registrations, properties);
	}

	@Bean
	RouterFunction<ServerResponse> bffRoutes(ServerOAuth2AuthorizedClientRepository authorizedClients) {
		SessionEndpoint session = new SessionEndpoint(authorizedClients);
		return RouterFunctions.route(RequestPredicates.GET("/bff/session"), session::session);
	}

}
