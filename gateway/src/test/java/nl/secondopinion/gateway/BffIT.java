package nl.secondopinion.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import nl.secondopinion.gateway.support.Browser;
import nl.secondopinion.gateway.support.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as backend-for-frontend, on a random port, with a browser's cookie jar. One
 * WireMock server plays Keycloak (authorization, token, JWKS and logout endpoints; the
 * test signs tokens with its own key) and the services. The browser's visit to Keycloak's
 * login page is skipped: the test reads {@code state} and {@code nonce} from the redirect
 * and calls the gateway's callback itself, as Keycloak would send the browser there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "10s")
class BffIT {

	private static final String PROBLEM_TYPES = "https://secondopinion.nl/problems/";

	private static final String REALM = "/realms/secondopinion";

	private static final String AUTHORIZATION_ENDPOINT = REALM + "/protocol/openid-connect/auth";

	private static final String TOKEN_ENDPOINT = REALM + "/protocol/openid-connect/token";

	private static final String LOGOUT_ENDPOINT = REALM + "/protocol/openid-connect/logout";

	private static final String ANNA = "5e0c0000-0000-4000-8000-000000000001";

	static final WireMockServer keycloakAndServices = new WireMockServer(options().dynamicPort());

	static TestTokens tokens;

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void pointAtWireMock(DynamicPropertyRegistry registry) {
		keycloakAndServices.start();
		tokens = new TestTokens(keycloakAndServices.baseUrl() + REALM);
		registry.add("KEYCLOAK_URL", keycloakAndServices::baseUrl);
		registry.add("REFERRAL_SERVICE_URL", keycloakAndServices::baseUrl);
		registry.add("DOSSIER_SERVICE_URL", keycloakAndServices::baseUrl);
		registry.add("INSURANCE_SERVICE_URL", keycloakAndServices::baseUrl);
		registry.add("NOTIFICATION_SERVICE_URL", keycloakAndServices::baseUrl);
	}

	@AfterAll
	static void stopWireMock() {
		keycloakAndServices.stop();
	}

	@BeforeEach
	void resetWireMock() {
		keycloakAndServices.resetAll();
		keycloakAndServices.stubFor(get(REALM + "/protocol/openid-connect/certs").willReturn(okJson(tokens.jwks())));
		keycloakAndServices.stubFor(any(urlPathMatching("/api/.*")).willReturn(okJson("{\"answeredBy\":\"service\"}")));
	}

	private String gateway() {
		return "http://localhost:" + this.port;
	}

	@Nested
	class Anonymous {

		@Test
		void whenNobodySignedIn_thenSessionSaysSoUncachedAndHandsOutTheCsrfCookie() {
			EntityExchangeResult<String> result = client.get()
				.uri("/bff/session")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
				.expectHeader()
				.cacheControl(CacheControl.noStore())
				.expectBody(String.class)
				.returnResult();

			assertThat(result.getResponseBody()).isEqualToIgnoringWhitespace("{\"authenticated\":false}");
			ResponseCookie csrf = result.getResponseCookies().getFirst("XSRF-TOKEN");
			assertThat(csrf).isNotNull();
			assertThat(csrf.getValue()).isNotBlank();
			// The portal's script reads it and sends it back in X-XSRF-TOKEN.
			assertThat(csrf.isHttpOnly()).isFalse();
			assertThat(csrf.getPath()).isEqualTo("/");
			assertThat(csrf.getSameSite()).isEqualTo("Lax");
			// Nobody signed in: no session is kept for the visit.
			assertThat(result.getResponseCookies().getFirst("SESSION")).isNull();
		}

		@Test
		void whenBrowserCallsApiWithoutSession_thenAnswers401ProblemNotARedirect() {
			client.get()
				.uri("/api/requests")
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "unauthenticated");
			client.post()
				.uri("/api/requests")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			keycloakAndServices.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
		}

		@Test
		void whenPortalIsNotBuilt_thenRootAnswersAPageSayingSo() {
			client.get()
				.uri("/")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectHeader()
				.valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
				.expectBody(String.class)
				.value((page) -> assertThat(page).contains("not built").contains("PORTAL_DIR"));
			client.get()
				.uri("/requests/abc")
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value((page) -> assertThat(page).contains("not built"));
		}

	}

	@Nested
	class SignIn {

		@Test
		void whenLoginStarts_thenBrowserIsSentToKeycloakWithPkce() {
			Browser browser = new Browser(client);

			EntityExchangeResult<Void> result = browser.client()
				.get()
				.uri("/bff/login?returnTo=/requests/x")
				.exchange()
				.expectStatus()
				.isFound()
				.expectBody(Void.class)
				.returnResult();

			URI location = result.getResponseHeaders().getLocation();
			assertThat(location).isNotNull();
			assertThat(location.toString()).startsWith(keycloakAndServices.baseUrl() + AUTHORIZATION_ENDPOINT + "?");
			Map<String, String> query = query(location);
			assertThat(query).containsEntry("response_type", "code")
				.containsEntry("client_id", "portal")
				.containsEntry("code_challenge_method", "S256")
				.containsEntry("redirect_uri", gateway() + "/login/oauth2/code/keycloak")
				.containsKeys("state", "nonce");
			assertThat(query.get("scope")).contains("openid");
			assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
			ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
			assertThat(session).isNotNull();
			assertThat(session.isHttpOnly()).isTrue();
			assertThat(session.getSameSite()).isEqualTo("Lax");
			assertThat(session.getPath()).isEqualTo("/");
			assertThat(session.isSecure()).isFalse();
		}

		@Test
		void whenCodeFlowCompletes_thenBrowserLandsOnReturnToWithANewSessionShowingTheUser() {
			Browser browser = new Browser(client);

			SignedIn signedIn = signIn(browser, "/requests/x");

			assertThat(signedIn.landing()).isEqualTo("/requests/x");
			// A new session id after sign-in: a session id planted before cannot be used.
			assertThat(signedIn.sessionBefore()).isNotEqualTo(browser.cookie("SESSION"));
			LoggedRequest tokenRequest = keycloakAndServices
				.findAll(postRequestedFor(urlEqualTo(TOKEN_ENDPOINT))
					.withRequestBody(containing("grant_type=authorization_code")))
				.get(0);
			MultiValueMap<String, String> form = form(tokenRequest.getBodyAsString());
			assertThat(form.getFirst("code")).isEqualTo("code-from-keycloak");
			assertThat(s256(form.getFirst("code_verifier"))).isEqualTo(signedIn.authorization().get("code_challenge"));
			assertThat(tokenRequest.getHeader(HttpHeaders.AUTHORIZATION)).isEqualTo("Basic "
					+ Base64.getEncoder().encodeToString("portal:portal-dev-secret".getBytes(StandardCharsets.UTF_8)));

			byte[] session = browser.client()
				.get()
				.uri("/bff/session")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.cacheControl(CacheControl.noStore())
				.expectBody()
				.jsonPath("$.authenticated")
				.isEqualTo(true)
				.jsonPath("$.user.id")
				.isEqualTo(ANNA)
				.jsonPath("$.user.username")
				.isEqualTo("anna")
				.jsonPath("$.user.name")
				.isEqualTo("Anna Mulder")
				.jsonPath("$.user.roles")
				.isEqualTo(List.of("patient"))
				.jsonPath("$.user.locale")
				.isEqualTo("nl")
				.returnResult()
				.getResponseBodyContent();
			assertThat(new String(session, StandardCharsets.UTF_8)).doesNotContain(signedIn.accessToken())
				.doesNotContain(signedIn.idToken())
				.doesNotContain("refresh-1")
				.doesNotContainIgnoringCase("token");
		}

		@ParameterizedTest
		@ValueSource(strings = { "https://evil.example", "//evil.example/requests", "/\\evil.example",
				"javascript:alert(1)", "requests/x" })
		void whenReturnToLeadsElsewhere_thenBrowserLandsHome(String returnTo) {
			Browser browser = new Browser(client);

			SignedIn signedIn = signIn(browser, returnTo);

			assertThat(signedIn.landing()).isEqualTo("/");
		}

		@Test
		void whenCallbackCarriesAStateNobodyIssued_thenSignInFailsBackToTheHomePage() {
			Browser browser = new Browser(client);
			browser.client().get().uri("/bff/login?returnTo=/requests/x").exchange().expectStatus().isFound();

			browser.client()
				.get()
				.uri("/login/oauth2/code/keycloak?code=stolen&state=forged")
				.exchange()
				.expectStatus()
				.isFound()
				.expectHeader()
				.location("/?signin=failed");
			keycloakAndServices.verify(0, postRequestedFor(urlEqualTo(TOKEN_ENDPOINT)));
		}

	}

	@Nested
	class TokenRelay {

		@Test
		void whenSignedIn_thenApiCallReachesServiceWithTheSessionsAccessTokenAndNoCookies() {
			Browser browser = new Browser(client);
			SignedIn signedIn = signIn(browser, "/");

			browser.client()
				.get()
				.uri("/api/requests")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.answeredBy")
				.isEqualTo("service");

			keycloakAndServices.verify(getRequestedFor(urlEqualTo("/api/requests"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + signedIn.accessToken()))
				.withHeader(HttpHeaders.COOKIE, absent()));
		}

		@Test
		void whenRequestBringsItsOwnBearerToken_thenItPassesUnchangedEvenBesideASession() {
			Browser browser = new Browser(client);
			signIn(browser, "/");
			String own = tokens.forNewUser();

			browser.client()
				.post()
				.uri("/api/requests")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + own)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isOk();

			keycloakAndServices.verify(postRequestedFor(urlEqualTo("/api/requests"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + own)));
		}

		@Test
		void whenAccessTokenIsAboutToExpire_thenParallelCallsShareOneRefreshAndRelayTheNewToken() throws Exception {
			Browser browser = new Browser(client);
			signIn(browser, "/", 10);
			String refreshed = tokens.portalAccessToken(ANNA, List.of("patient"));
			keycloakAndServices.stubFor(post(TOKEN_ENDPOINT).withRequestBody(containing("grant_type=refresh_token"))
				.willReturn(okJson(tokenResponse(refreshed, "refresh-2", null, 300)).withFixedDelay(500)));

			CyclicBarrier start = new CyclicBarrier(3);
			List<CompletableFuture<HttpStatus>> calls = IntStream.range(0, 3)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return HttpStatus.resolve(browser.client()
						.get()
						.uri("/api/requests/" + i)
						.exchange()
						.returnResult(Void.class)
						.getStatus()
						.value());
				}))
				.toList();

			assertThat(calls).allSatisfy((call) -> assertThat(call.get()).isEqualTo(HttpStatus.OK));
			keycloakAndServices.verify(1,
					postRequestedFor(urlEqualTo(TOKEN_ENDPOINT)).withRequestBody(containing("grant_type=refresh_token"))
						.withRequestBody(containing("refresh_token=refresh-1")));
			keycloakAndServices.verify(3, getRequestedFor(urlPathMatching("/api/requests/[0-9]"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + refreshed)));
		}

		@Test
		void whenRefreshIsRefused_thenApiAnswers401ProblemAndTheSessionIsSignedOut() {
			Browser browser = new Browser(client);
			signIn(browser, "/", 10);
			keycloakAndServices.stubFor(post(TOKEN_ENDPOINT).withRequestBody(containing("grant_type=refresh_token"))
				.willReturn(aResponse().withStatus(400)
					.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
					.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}")));

			browser.client()
				.get()
				.uri("/api/requests")
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "unauthenticated");

			assertThat(sessionBody(browser)).isEqualToIgnoringWhitespace("{\"authenticated\":false}");
			browser.client().get().uri("/api/requests").exchange().expectStatus().isUnauthorized();
			keycloakAndServices.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
		}

	}

	@Nested
	class Csrf {

		@Test
		void whenSessionPostsWithoutCsrfToken_thenAnswers403Problem() {
			Browser browser = new Browser(client);
			signIn(browser, "/");

			browser.client()
				.post()
				.uri("/api/notifications/7/read")
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "forbidden");
			browser.client()
				.post()
				.uri("/api/notifications/7/read")
				.header("X-XSRF-TOKEN", "guessed")
				.exchange()
				.expectStatus()
				.isForbidden();
			keycloakAndServices.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
		}

		@Test
		void whenSessionPostsWithTheCookiesCsrfTokenInTheHeader_thenItPasses() {
			Browser browser = new Browser(client);
			SignedIn signedIn = signIn(browser, "/");
			String csrf = csrfToken(browser);

			browser.client()
				.post()
				.uri("/api/notifications/7/read")
				.header("X-XSRF-TOKEN", csrf)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"read\":true}")
				.exchange()
				.expectStatus()
				.isOk();

			keycloakAndServices.verify(postRequestedFor(urlEqualTo("/api/notifications/7/read"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + signedIn.accessToken()))
				.withRequestBody(equalTo("{\"read\":true}")));
		}

	}

	@Nested
	class SignOut {

		@Test
		void whenUserSignsOut_thenSessionEndsAndKeycloakIsAskedToEndItsOwn() {
			Browser browser = new Browser(client);
			SignedIn signedIn = signIn(browser, "/");
			String csrf = csrfToken(browser);

			URI location = browser.client()
				.post()
				.uri("/logout")
				.body(BodyInserters.fromFormData("_csrf", csrf))
				.exchange()
				.expectStatus()
				.isFound()
				.returnResult(Void.class)
				.getResponseHeaders()
				.getLocation();

			assertThat(location.toString()).startsWith(keycloakAndServices.baseUrl() + LOGOUT_ENDPOINT + "?");
			assertThat(query(location)).containsEntry("id_token_hint", signedIn.idToken())
				.containsEntry("post_logout_redirect_uri", gateway() + "/");
			assertThat(browser.cookie("SESSION")).isNull();
			assertThat(sessionBody(browser)).isEqualToIgnoringWhitespace("{\"authenticated\":false}");
		}

		@Test
		void whenSignOutFormLacksTheCsrfToken_thenAnswers403AndTheSessionStays() {
			Browser browser = new Browser(client);
			signIn(browser, "/");

			browser.client().post().uri("/logout").exchange().expectStatus().isForbidden();

			assertThat(sessionBody(browser)).contains("\"authenticated\":true");
		}

		@Test
		void whenKeycloakSendsBackChannelLogout_thenTheGatewaySessionEnds() {
			Browser browser = new Browser(client);
			signIn(browser, "/");

			client.post()
				.uri("/logout/connect/back-channel/keycloak")
				.body(BodyInserters.fromFormData("logout_token", tokens.logoutToken(ANNA, "keycloak-session-1")))
				.exchange()
				.expectStatus()
				.isOk();

			assertThat(sessionBody(browser)).isEqualToIgnoringWhitespace("{\"authenticated\":false}");
			browser.client().get().uri("/api/requests").exchange().expectStatus().isUnauthorized();
		}

		@Test
		void whenBackChannelLogoutTokenIsForged_thenItIsRefusedAndTheSessionStays() {
			Browser browser = new Browser(client);
			signIn(browser, "/");

			client.post()
				.uri("/logout/connect/back-channel/keycloak")
				.body(BodyInserters.fromFormData("logout_token", tokens.forged()))
				.exchange()
				.expectStatus()
				.isBadRequest();

			assertThat(sessionBody(browser)).contains("\"authenticated\":true");
		}

	}

	// ---------------------------------------------------------------- the code flow

	record SignedIn(String landing, String sessionBefore, Map<String, String> authorization, String accessToken,
			String idToken) {
	}

	private SignedIn signIn(Browser browser, String returnTo) {
		return signIn(browser, returnTo, 300);
	}

	/**
	 * {@code /bff/login}, then Keycloak's answer: the browser comes back to the callback
	 * with a code, the gateway redeems it at the (stubbed) token endpoint.
	 */
	private SignedIn signIn(Browser browser, String returnTo, int expiresIn) {
		URI authorization = browser.client()
			.get()
			.uri((uri) -> uri.path("/bff/login").queryParam("returnTo", "{returnTo}").build(returnTo))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		Map<String, String> parameters = query(authorization);
		String sessionBefore = browser.cookie("SESSION");
		String accessToken = tokens.portalAccessToken(ANNA, List.of("patient"));
		String idToken = tokens.idToken(ANNA, parameters.get("nonce"), "keycloak-session-1");
		keycloakAndServices
			.stubFor(post(urlPathEqualTo(TOKEN_ENDPOINT)).withRequestBody(containing("grant_type=authorization_code"))
				.willReturn(okJson(tokenResponse(accessToken, "refresh-1", idToken, expiresIn))));

		URI landing = browser.client()
			.get()
			.uri((uri) -> uri.path("/login/oauth2/code/keycloak")
				.queryParam("code", "code-from-keycloak")
				.queryParam("state", "{state}")
				.queryParam("session_state", "keycloak-session-1")
				.build(parameters.get("state")))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		return new SignedIn(landing.toString(), sessionBefore, parameters, accessToken, idToken);
	}

	private static String tokenResponse(String accessToken, String refreshToken, String idToken, int expiresIn) {
		return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
				+ ",\"refresh_token\":\"" + refreshToken
				+ "\",\"refresh_expires_in\":1800,\"scope\":\"openid profile email\""
				+ ((idToken != null) ? ",\"id_token\":\"" + idToken + "\"" : "") + "}";
	}

	private static String sessionBody(Browser browser) {
		return browser.client()
			.get()
			.uri("/bff/session")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** What the portal does: one GET hands out the cookie, its script reads the value. */
	private static String csrfToken(Browser browser) {
		sessionBody(browser);
		String token = browser.cookie("XSRF-TOKEN");
		assertThat(token).isNotBlank();
		return token;
	}

	private static Map<String, String> query(URI uri) {
		return UriComponentsBuilder.fromUri(uri)
			.build()
			.getQueryParams()
			.toSingleValueMap()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> UriUtils.decode(entry.getValue(), StandardCharsets.UTF_8)));
	}

	private static MultiValueMap<String, String> form(String body) {
		return UriComponentsBuilder.fromUriString("/?" + body).build().getQueryParams();
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
