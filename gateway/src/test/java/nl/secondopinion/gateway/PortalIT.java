package nl.secondopinion.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

import nl.secondopinion.gateway.support.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway serving a built portal from a temporary {@code PORTAL_DIR}. WireMock plays
 * Keycloak's JWKS endpoint for the bearer-token cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "10s")
class PortalIT {

	private static final String INDEX = "<!doctype html><html><head><script type=\"module\" src=\"/assets/index-B7x9Qk2m.js\">"
			+ "</script></head><body><div id=\"root\"></div></body></html>";

	private static final String SCRIPT = "console.log('portal');";

	private static final String SECRET = "outside the portal directory";

	// What a browser sends when it navigates to a page.
	private static final String NAVIGATION_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	static final WireMockServer keycloak = new WireMockServer(options().dynamicPort());

	static Path workDir;

	static TestTokens tokens;

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void portalDirectory(DynamicPropertyRegistry registry) throws IOException {
		workDir = Files.createTempDirectory("portal-it");
		Path dist = Files.createDirectories(workDir.resolve("dist"));
		Files.writeString(dist.resolve("index.html"), INDEX);
		Files.writeString(Files.createDirectories(dist.resolve("assets")).resolve("index-B7x9Qk2m.js"), SCRIPT);
		Files.writeString(dist.resolve("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		Files.writeString(dist.resolve(".env"), SECRET);
		Files.writeString(workDir.resolve("secret.txt"), SECRET);
		keycloak.start();
		tokens = new TestTokens(keycloak.baseUrl() + "/realms/secondopinion");
		registry.add("PORTAL_DIR", dist::toString);
		registry.add("KEYCLOAK_URL", keycloak::baseUrl);
	}

	@AfterAll
	static void cleanUp() throws IOException {
		keycloak.stop();
		FileSystemUtils.deleteRecursively(workDir);
	}

	@BeforeEach
	void stubKeycloak() {
		keycloak.resetAll();
		keycloak.stubFor(get("/realms/secondopinion/protocol/openid-connect/certs").willReturn(okJson(tokens.jwks())));
	}

	@Test
	void whenRootRequested_thenIndexIsServedUncachedWithThePagesSecurityHeaders() {
		client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
			.expectHeader()
			.exists(HttpHeaders.LAST_MODIFIED)
			.expectHeader()
			.value("Content-Security-Policy",
					(policy) -> assertThat(policy)
						.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
								"connect-src 'self'", "frame-ancestors 'none'")
						.doesNotContain("unsafe-inline")
						.doesNotContain("unsafe-eval"))
			.expectHeader()
			.valueEquals("Referrer-Policy", "same-origin")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(String.class)
			.isEqualTo(INDEX);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/requests/abc", "/requests/abc/timeline", "/index.html" })
	void whenBrowserNavigatesToAPortalPage_thenIndexIsServed(String path) {
		client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT, NAVIGATION_ACCEPT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectBody(String.class)
			.isEqualTo(INDEX);
	}

	@Test
	void whenHashedAssetRequested_thenItMayBeCachedForAYear() {
		client.get()
			.uri("/assets/index-B7x9Qk2m.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CONTENT_TYPE, (type) -> assertThat(type).contains("javascript"))
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL,
					(cache) -> assertThat(cache).contains("max-age=31536000").contains("public").contains("immutable"))
			.expectBody(String.class)
			.isEqualTo(SCRIPT);
	}

	@Test
	void whenOtherFileRequested_thenItIsServedButRevalidated() {
		client.get()
			.uri("/favicon.svg")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("image/svg+xml")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
	}

	@Test
	void whenIndexUnchangedSinceTheBrowsersCopy_thenAnswers304() {
		String lastModified = client.get()
			.uri("/")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LAST_MODIFIED);

		client.get()
			.uri("/")
			.header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)
			.exchange()
			.expectStatus()
			.isNotModified();
	}

	@Test
	void whenApiPathIsUnknown_thenNeverAnsweredWithThePortal() {
		client.get()
			.uri("/api/unknown")
			.header(HttpHeaders.ACCEPT, NAVIGATION_ACCEPT)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		client.get()
			.uri("/api/unknown")
			.header(HttpHeaders.ACCEPT, NAVIGATION_ACCEPT)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.forNewUser())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/bff/unknown", "/oauth2/unknown", "/login/unknown", "/actuator/unknown",
			"/v3/api-docs/unknown", "/webjars/unknown" })
	void whenGatewayPathIsUnknown_thenNeverAnsweredWithThePortal(String path) {
		client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT, NAVIGATION_ACCEPT)
			.exchange()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isNotEqualTo(INDEX));
	}

	@Test
	void whenScriptAsksForAMissingPath_thenAnswers404ProblemNotThePortal() {
		client.get()
			.uri("/requests/abc")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/..%2Fsecret.txt", "/assets/..%2F..%2Fsecret.txt", "/%2E%2E/secret.txt", "/.env",
			"/assets/%2E%2E%2F.env" })
	void whenPathTriesToLeaveThePortalOrReachAHiddenFile_thenNothingSecretIsServed(String path) {
		client.get()
			.uri((uri) -> uri.path(path).build(true))
			.exchange()
			.expectStatus()
			.is4xxClientError()
			.expectBody(String.class)
			.value((body) -> assertThat(String.valueOf(body)).doesNotContain(SECRET));
	}

	@Test
	void whenBrowserPostsToAPage_thenThePortalDoesNotAnswer() {
		client.post()
			.uri("/requests/abc")
			.header(HttpHeaders.ACCEPT, NAVIGATION_ACCEPT)
			.exchange()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isNotEqualTo(INDEX));
	}

	@Test
	void whenPageIsServed_thenItIsUtf8() {
		String type = client.get()
			.uri("/")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.CONTENT_TYPE);
		assertThat(type).containsIgnoringCase(StandardCharsets.UTF_8.name());
	}

}
