package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.dossier.Dcmtk;
import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.Users;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real PACS pushes a study: Debian's Orthanc with its DICOMweb plugin sends STOW-RS to
 * the service running on a real port, with a signed token the service checks against
 * WireMock's key set. Needs the Debian packages {@code orthanc} and
 * {@code orthanc-dicomweb} (and {@code dcmtk}); fails, not skips, without them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrthancStowIT {

	private static final String PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	private static final KeyPair keys = rsa();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-orthanc-it");
	}

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private Process orthanc;

	@AfterEach
	void stopOrthanc() throws InterruptedException {
		if (this.orthanc != null) {
			this.orthanc.destroy();
			this.orthanc.waitFor();
		}
	}

	@Test
	void orthancPushesAStudyOverStowRsAndItArrivesAsImaging() throws Exception {
		String requestId = UUID.randomUUID().toString();
		ReferralStub.tokenEndpoint(wiremock);
		ReferralStub.context(wiremock, new ReferralStub.Case(requestId));
		wiremock.stubFor(get(urlEqualTo("/realms/secondopinion/protocol/openid-connect/certs")).willReturn(okJson(
				new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID("test").build()).toString())));
		String token = token(Users.ANNA, "anna");
		String orthancUrl = startOrthanc(requestId, token);
		String study = "1.2.826.0.1.3680043.2.1125." + System.nanoTime();
		for (int i = 0; i < 2; i++) {
			byte[] file = Dcmtk.dicomBytes(this.dir, Dcmtk.Spec.mri(study));
			HttpResponse<String> stored = send(HttpRequest.newBuilder(URI.create(orthancUrl + "/instances"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(file)));
			assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
		}
		String studyId = JsonPath
			.<List<String>>read(send(HttpRequest.newBuilder(URI.create(orthancUrl + "/studies"))).body(), "$")
			.get(0);

		HttpResponse<String> pushed = send(
				HttpRequest.newBuilder(URI.create(orthancUrl + "/dicom-web/servers/dossier/stow"))
					.POST(HttpRequest.BodyPublishers.ofString("{\"Resources\": [\"" + studyId + "\"]}")));

		assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
		HttpResponse<String> documents = send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/dossiers/" + requestId + "/documents"))
			.header("Authorization", "Bearer " + token));
		assertThat(documents.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(documents.body(), "$[*].type")).containsExactly("IMAGING_STUDY",
				"IMAGING_STUDY");
		assertThat(JsonPath.<List<String>>read(documents.body(), "$[*].studies[0].studyInstanceUid"))
			.containsOnly(study);
	}

	private String startOrthanc(String requestId, String token) throws Exception {
		assertThat(Path.of(PLUGIN)).as("Debian packages orthanc and orthanc-dicomweb must be installed").exists();
		int httpPort = freePort();
		Path storage = Files.createDirectories(this.dir.resolve("orthanc"));
		Path config = this.dir.resolve("orthanc.json");
		Files.writeString(config, """
				{"Name": "PACS-TEST", "StorageDirectory": "%s", "IndexDirectory": "%s",
				 "HttpPort": %d, "DicomPort": %d, "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
				 "Plugins": ["%s"],
				 "DicomWeb": {"Enable": true, "Servers": {"dossier": {
				   "Url": "http://127.0.0.1:%d/api/dossiers/%s/",
				   "HttpHeaders": {"Authorization": "Bearer %s"}}}}}""".formatted(storage, storage, httpPort,
				freePort(), PLUGIN, this.port, requestId, token));
		try {
			this.orthanc = new ProcessBuilder(orthancCommand(), config.toString()).redirectErrorStream(true)
				.redirectOutput(this.dir.resolve("orthanc.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Orthanc is not installed (apt-get install -y orthanc orthanc-dicomweb)",
					ex);
		}
		String url = "http://127.0.0.1:" + httpPort;
		for (int i = 0; i < 100; i++) {
			try {
				if (send(HttpRequest.newBuilder(URI.create(url + "/system"))).statusCode() == 200) {
					return url;
				}
			}
			catch (IllegalStateException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Orthanc did not start: " + Files.readString(this.dir.resolve("orthanc.log")));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String token(String subject, String username) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(wiremock.baseUrl() + "/realms/secondopinion")
			.audience("dossier-service")
			.subject(subject)
			.claim("preferred_username", username)
			.claim("realm_access", Map.of("roles", List.of("patient")))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
		jwt.sign(new RSASSASigner(keys.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Debian installs the server in /usr/sbin, which is not on every user's PATH. */
	private static String orthancCommand() {
		Path debian = Path.of("/usr/sbin/Orthanc");
		return Files.isExecutable(debian) ? debian.toString() : "Orthanc";
	}

}
