package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.dossier.Dcmtk;
import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.MongoProcess;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.Tus;
import nl.secondopinion.dossier.Users;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resumable uploads over real HTTP (Tomcat on a port, signed tokens checked against
 * WireMock's key set), in a JVM whose heap is capped at 256 MB (failsafe execution
 * {@code bounded-heap}), with the MongoDB stand-in in a JVM of its own so that stored
 * content does not count against that heap. A connection that drops inside a chunk keeps
 * what arrived; a 200 MB study streams in and out while the live heap stays flat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResumableUploadBoundedHeapIT {

	private static final int MIB = 1024 * 1024;

	private static final long LARGE = 200L * MIB;

	/** The heap the failsafe execution {@code bounded-heap} gives this test's JVM. */
	private static final long CAPPED = 256L * MIB;

	/**
	 * What the live heap may grow by while a file of any size streams through: the
	 * pipeline's buffers (chunks in flight, read batches of 8 chunks, the driver's pooled
	 * buffers; about 60 MB measured), not the file.
	 */
	private static final long FLAT = 96L * MIB;

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	private static final KeyPair keys = rsa();

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static MongoProcess mongo;

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		mongo = MongoProcess.start("2g");
		registry.add("spring.mongodb.uri", () -> mongo.uri("dossier-bounded-heap-it"));
		registry.add("keycloak.url", wiremock::baseUrl);
		registry.add("secondopinion.dossier.referral.url", wiremock::baseUrl);
		registry.add("secondopinion.dossier.notification.url", wiremock::baseUrl);
		registry.add("secondopinion.dossier.events.relay-interval", () -> "1h");
		registry.add("secondopinion.dossier.documents.max-file-size", () -> "300MB");
	}

	@AfterAll
	static void stopMongo() throws InterruptedException {
		mongo.close();
	}

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private String requestId;

	private String token;

	@BeforeEach
	void freshCase() throws Exception {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		wiremock.stubFor(get(urlEqualTo("/realms/secondopinion/protocol/openid-connect/certs")).willReturn(okJson(
				new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID("test").build()).toString())));
		this.requestId = UUID.randomUUID().toString();
		ReferralStub.context(wiremock, new ReferralStub.Case(this.requestId));
		this.token = token(Users.ANNA, "anna");
	}

	@Test
	void aConnectionThatDropsInsideAChunkKeepsWhatArrivedAndTheUploadGoesOnFromThere() throws Exception {
		String studyUid = "1.2.826.0.1.3680043.2.1125.81";
		byte[] study = Dcmtk.dicomBytes(this.dir, Dcmtk.Spec.mri(studyUid).pixels(1100));
		String location = create(study.length);
		int sent = MIB + MIB / 2 + 12_345;

		// Announces the whole file, sends part of it and hangs up, as a browser that is
		// closed does.
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("PATCH " + location + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\nAuthorization: Bearer "
					+ this.token + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type: "
					+ Tus.OFFSET_OCTET_STREAM + "\r\nContent-Length: " + study.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(study, 0, sent);
			out.flush();
		}
		long offset = awaitOffset(location, sent);
		assertThat(offset).isEqualTo(sent);

		HttpResponse<Void> last = send(
				patch(location, offset, study.length - offset,
						HttpRequest.BodyPublishers.ofByteArray(study, (int) offset, study.length - (int) offset)),
				HttpResponse.BodyHandlers.discarding());
		assertThat(last.statusCode()).isEqualTo(204);
		assertThat(last.headers().firstValue("Upload-Offset")).hasValue(Integer.toString(study.length));
		String document = last.headers().firstValue("Document-Location").orElseThrow();
		HttpResponse<byte[]> downloaded = send(authorized(document + "/content").GET(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(study);
	}

	@Test
	void a200MegabyteStudyStreamsInAndOutWhileTheLiveHeapStaysFlat() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory())
			.as("run by the failsafe execution bounded-heap (mvn verify), whose JVM has -Xmx256m")
			.isLessThanOrEqualTo(CAPPED);
		GeneratedStudy study = new GeneratedStudy(
				Dcmtk.dicomBytes(this.dir, Dcmtk.Spec.mri("1.2.826.0.1.3680043.2.1125.82")), LARGE);
		String location = create(study.length());
		HeapSampler heap = HeapSampler.start();
		long part = 120L * MIB;

		HttpResponse<Void> first = send(patch(location, 0, part, study.publisher(0, part)),
				HttpResponse.BodyHandlers.discarding());
		assertThat(first.statusCode()).isEqualTo(204);
		HttpResponse<Void> last = send(
				patch(location, part, study.length() - part, study.publisher(part, study.length())),
				HttpResponse.BodyHandlers.discarding());
		assertThat(last.statusCode()).isEqualTo(204);
		String document = last.headers().firstValue("Document-Location").orElseThrow();

		HttpResponse<String> metadata = send(authorized(document).GET(), HttpResponse.BodyHandlers.ofString());
		assertThat(JsonPath.<Number>read(metadata.body(), "$.size").longValue()).isEqualTo(study.length());
		assertThat(JsonPath.<String>read(metadata.body(), "$.sha256")).isEqualTo(study.sha256());
		assertThat(JsonPath.<String>read(metadata.body(), "$.contentKind")).isEqualTo("DICOM");
		HttpResponse<InputStream> download = send(authorized(document + "/content").GET(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(sha256(download.body())).as("downloaded byte-identical").isEqualTo(study.sha256());
		assertThat(heap.stop()).as("live heap growth").isLessThan(FLAT);
	}

	private String create(long length) {
		HttpResponse<Void> created = send(
				authorized("/api/dossiers/" + this.requestId + "/uploads").header("Tus-Resumable", Tus.VERSION)
					.header("Upload-Length", Long.toString(length))
					.header("Upload-Metadata",
							Tus.metadata(Map.of("type", "IMAGING_STUDY", "filename", "ct-thorax.dcm")))
					.POST(HttpRequest.BodyPublishers.noBody()),
				HttpResponse.BodyHandlers.discarding());
		assertThat(created.statusCode()).isEqualTo(201);
		return created.headers().firstValue("Location").orElseThrow();
	}

	private HttpRequest.Builder patch(String location, long offset, long length, HttpRequest.BodyPublisher body) {
		return authorized(location).header("Tus-Resumable", Tus.VERSION)
			.header("Upload-Offset", Long.toString(offset))
			.header("Content-Type", Tus.OFFSET_OCTET_STREAM)
			.method("PATCH", HttpRequest.BodyPublishers.fromPublisher(body, length));
	}

	/** The server stores what arrived once it sees the connection gone. */
	private long awaitOffset(String location, long expected) throws InterruptedException {
		long offset = -1;
		for (int i = 0; i < 100 && offset != expected; i++) {
			HttpResponse<Void> head = send(authorized(location).header("Tus-Resumable", Tus.VERSION)
				.method("HEAD", HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.discarding());
			assertThat(head.statusCode()).isEqualTo(200);
			offset = Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
			if (offset != expected) {
				Thread.sleep(100);
			}
		}
		return offset;
	}

	private HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofMinutes(5))
			.header("Authorization", "Bearer " + this.token);
	}

	private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return http.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String sha256(InputStream in) throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		try (in) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				sha256.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
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

	/**
	 * A DICOM file of any size, never whole in memory: the header of a file dcmtk made,
	 * its pixel data element made as long as asked, and pseudo-random pixels generated
	 * block by block, so that any range can be sent again.
	 */
	private static final class GeneratedStudy {

		private static final int BLOCK = 64 * 1024;

		private final byte[] header;

		private final long length;

		private final String sha256;

		GeneratedStudy(byte[] dicom, long length) throws Exception {
			int pixelData = lastIndexOf(dicom, new byte[] { (byte) 0xE0, 0x7F, 0x10, 0x00 });
			assertThat(new String(dicom, pixelData + 4, 2, StandardCharsets.US_ASCII)).isIn("OW", "OB");
			this.header = Arrays.copyOf(dicom, pixelData + 12);
			long pixels = length - this.header.length;
			java.nio.ByteBuffer.wrap(this.header, pixelData + 8, 4)
				.order(java.nio.ByteOrder.LITTLE_ENDIAN)
				.putInt((int) pixels);
			this.length = length;
			this.sha256 = ResumableUploadBoundedHeapIT.sha256(stream(0, length));
		}

		long length() {
			return this.length;
		}

		String sha256() {
			return this.sha256;
		}

		HttpRequest.BodyPublisher publisher(long from, long to) {
			return HttpRequest.BodyPublishers.ofInputStream(() -> stream(from, to));
		}

		InputStream stream(long from, long to) {
			byte[] header = this.header;
			return new InputStream() {

				private final byte[] block = new byte[BLOCK];

				private long blockIndex = -1;

				private long position = from;

				@Override
				public int read() {
					byte[] one = new byte[1];
					return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					if (this.position >= to) {
						return -1;
					}
					int n = (int) Math.min(length, to - this.position);
					int done = 0;
					while (done < n) {
						done += copy(this.position + done, buffer, offset + done, n - done);
					}
					this.position += n;
					return n;
				}

				/**
				 * Copies from {@code at} on, up to the end of its block; answers how
				 * many.
				 */
				private int copy(long at, byte[] target, int offset, int length) {
					if (at < header.length) {
						int n = (int) Math.min(length, header.length - at);
						System.arraycopy(header, (int) at, target, offset, n);
						return n;
					}
					long pixel = at - header.length;
					long index = pixel / BLOCK;
					if (index != this.blockIndex) {
						new SplittableRandom(index).nextBytes(this.block);
						this.blockIndex = index;
					}
					int within = (int) (pixel % BLOCK);
					int n = Math.min(length, BLOCK - within);
					System.arraycopy(this.block, within, target, offset, n);
					return n;
				}

			};
		}

		private static int lastIndexOf(byte[] bytes, byte[] pattern) {
			for (int i = bytes.length - pattern.length; i >= 0; i--) {
				if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
					return i;
				}
			}
			throw new IllegalStateException("no pixel data");
		}

	}

	/**
	 * Samples the live heap (after a collection) while a transfer runs; answers how far
	 * it grew above where it started.
	 */
	private static final class HeapSampler {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicLong peak = new AtomicLong();

		private final long baseline;

		private final Thread thread;

		private HeapSampler() {
			this.baseline = live();
			this.thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
				while (this.running.get()) {
					this.peak.accumulateAndGet(live(), Math::max);
					try {
						Thread.sleep(1000);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}

		static HeapSampler start() {
			return new HeapSampler();
		}

		long stop() throws InterruptedException {
			this.running.set(false);
			this.thread.join();
			return Math.max(0, this.peak.get() - this.baseline);
		}

		private long live() {
			this.memory.gc();
			return this.memory.getHeapMemoryUsage().getUsed();
		}

	}

}
