package nl.secondopinion.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier through the gateway with real Keycloak tokens: anna's request (imaging
 * done, self-referred) gets a real DICOM study (made with Debian's dcmtk) and the other
 * required documents, the checklist turns complete, a photo declared as imaging is
 * refused, the unassigned consultant and the insurer mediator get nothing, the assigned
 * consultant with anna's grant downloads the study byte-identical, and anna reads that
 * download in her access log. Needs {@code img2dcm} (Debian package dcmtk) on the machine
 * running the suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierE2E {

	private static final String BAKKER = "5e0c0000-0000-4000-8000-000000000006";

	private static final String STUDY_UID = "1.2.826.0.1.3680043.2.1125." + System.nanoTime();

	private static final String BOUNDARY = "----dossier-e2e-" + UUID.randomUUID();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
			'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };

	// Static: JUnit fills an instance field only after @BeforeAll, even per class.
	@TempDir
	static Path dir;

	private String requestId;

	private String dossier;

	private byte[] study;

	private String studyDocumentId;

	@BeforeAll
	void annasSelfReferredRequestWithImaging() throws Exception {
		String anna = Keycloak.userToken("anna");
		String body = """
				{"question":"Is surgery really the only option for my hernia? %s","reason":"DOUBT_ABOUT_TREATMENT",
				 "specialty":"neurology",
				 "treatingDoctor":{"name":"dr. P. Jansen","level":"MEDICAL_SPECIALIST","specialty":"neurology",
				                   "institution":"Ziekenhuis Noord","agb":"03000002"},
				 "insurer":{"uzovi":"3311","policyNumber":"ZK-100200300"},
				 "facts":{"treatedAbroad":false,"imagingDone":true,"pathologyDone":false,"operated":false,
				          "insuredAbroad":false}}""".formatted(UUID.randomUUID());
		HttpResponse<String> created = Http.postJson(Stack.GATEWAY + "/api/requests", anna, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		this.requestId = Http.json(created).get("id").asString();
		this.dossier = Stack.GATEWAY + "/api/dossiers/" + this.requestId;
		step(anna, "submit", "");
		step(anna, "self-referral", "");
		this.study = dicom(dir, STUDY_UID);
	}

	@Test
	@Order(1)
	void anEmptyDossierListsTheImagingAndLettersAsMissing() {
		HttpResponse<String> checklist = Http.get(this.dossier + "/checklist", Keycloak.userToken("anna"));

		assertThat(checklist.statusCode()).as(checklist.body()).isEqualTo(200);
		JsonNode json = Http.json(checklist);
		assertThat(json.get("complete").asBoolean()).isFalse();
		assertThat(json.get("missing").toString()).contains("IMAGING_STUDY", "HISTORY_LETTER", "CORRESPONDENCE",
				"IMAGING_REPORT");
	}

	@Test
	@Order(2)
	void aPhotoDeclaredAsImagingIsRefusedWithAdvice() {
		HttpResponse<String> refused = upload(Keycloak.userToken("anna"), "IMAGING_STUDY", null, "mri-photo.jpg", JPEG);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(Http.json(refused).get("type").asString())
			.isEqualTo("https://secondopinion.nl/problems/imaging-not-dicom");
		assertThat(Http.json(refused).get("detail").asString()).contains("DICOM");
	}

	@Test
	@Order(3)
	void theStudyAndTheOtherRequiredDocumentsTurnTheChecklistComplete() {
		String anna = Keycloak.userToken("anna");
		HttpResponse<String> stored = upload(anna, "IMAGING_STUDY", null, "study.dcm", this.study);
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
		JsonNode document = Http.json(stored);
		this.studyDocumentId = document.get("id").asString();
		assertThat(document.get("contentKind").asString()).isEqualTo("DICOM");
		assertThat(document.get("studies").get(0).get("studyInstanceUid").asString()).isEqualTo(STUDY_UID);
		assertThat(document.get("studies").get(0).get("modalities").get(0).asString()).isEqualTo("MR");

		for (String type : new String[] { "HISTORY_LETTER", "CORRESPONDENCE", "IMAGING_REPORT" }) {
			HttpResponse<String> letter = upload(anna, type, "nl", type.toLowerCase() + ".pdf", PDF);
			assertThat(letter.statusCode()).as(type + ": " + letter.body()).isEqualTo(201);
		}

		HttpResponse<String> checklist = Http.get(this.dossier + "/checklist", anna);
		assertThat(Http.json(checklist).get("complete").asBoolean()).as(checklist.body()).isTrue();
	}

	@Test
	@Order(4)
	void theUnassignedConsultantAndTheInsurerMediatorGetNothing() {
		for (String user : new String[] { "dr.visser", "mediator.zk", "bram" }) {
			String token = Keycloak.userToken(user);
			assertThat(Http.get(this.dossier + "/documents", token).statusCode()).as(user).isEqualTo(404);
			assertThat(Http.get(this.dossier + "/checklist", token).statusCode()).as(user).isEqualTo(404);
			assertThat(download(token).statusCode()).as(user).isEqualTo(404);
		}
	}

	@Test
	@Order(5)
	void theAssignedConsultantWithAGrantDownloadsTheStudyByteIdentical() {
		String anna = Keycloak.userToken("anna");
		String consultantId = directoryIdOf(BAKKER, anna);
		step(anna, "consultant", "{\"consultantId\":\"" + consultantId + "\"}");
		String bakker = Keycloak.userToken("dr.bakker");
		assertThat(download(bakker).statusCode()).as("without grant").isEqualTo(404);
		// The grant names the consultant as the request shows him: by directory id.
		HttpResponse<String> toStranger = Http.postJson(this.dossier + "/grants", anna,
				"{\"consultantId\":\"%s\",\"validUntil\":\"%s\"}".formatted(BAKKER, LocalDate.now().plusMonths(3)));
		assertThat(toStranger.statusCode()).as(toStranger.body()).isEqualTo(422);

		HttpResponse<String> grant = Http.postJson(this.dossier + "/grants", anna,
				"{\"consultantId\":\"%s\",\"validUntil\":\"%s\"}".formatted(consultantId,
						LocalDate.now().plusMonths(3)));
		assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);

		HttpResponse<byte[]> downloaded = download(bakker);
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(this.study);
		assertThat(downloaded.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
		assertThat(downloaded.headers().firstValue("Repr-Digest")).get().asString().startsWith("sha-256=:");
	}

	@Test
	@Order(6)
	void annaReadsTheConsultantsDownloadInHerAccessLogAndTheChainIsIntact() {
		String anna = Keycloak.userToken("anna");

		HttpResponse<String> log = Http.get(this.dossier + "/access-log", anna);
		assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
		boolean consultantDownload = false;
		for (JsonNode line : Http.json(log)) {
			if (line.get("action").asString().equals("DOCUMENT_DOWNLOAD")
					&& line.get("who").get("name").asString().equals("dr.bakker")
					&& line.get("outcome").asString().equals("SUCCESS")) {
				consultantDownload = true;
				assertThat(line.get("what").get("nl").asString()).contains("dr.bakker").contains("UMC Zuid");
			}
		}
		assertThat(consultantDownload).as(log.body()).isTrue();
		assertThat(log.body()).contains("mediator.zk").contains("DENIED");

		HttpResponse<String> verify = Http.get(this.dossier + "/access-log/verify", anna);
		assertThat(Http.json(verify).get("intact").asBoolean()).as(verify.body()).isTrue();
		assertThat(Http.get(this.dossier + "/access-log", Keycloak.userToken("dr.bakker")).statusCode()).isEqualTo(404);
	}

	private void step(String token, String step, String body) {
		HttpResponse<String> response = Http.postJson(Stack.GATEWAY + "/api/requests/" + this.requestId + "/" + step,
				token, body.isEmpty() ? "{}" : body);
		assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(200);
	}

	private static String directoryIdOf(String userId, String token) {
		HttpResponse<String> consultants = Http.get(Stack.GATEWAY + "/api/consultants?specialty=neurology", token);
		assertThat(consultants.statusCode()).as(consultants.body()).isEqualTo(200);
		for (JsonNode consultant : Http.json(consultants)) {
			if (userId.equals(consultant.path("userId").asString(""))) {
				return consultant.get("id").asString();
			}
		}
		throw new AssertionError("consultant " + userId + " not in the directory: " + consultants.body());
	}

	private HttpResponse<String> upload(String token, String type, String language, String fileName, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, "type", type);
		if (language != null) {
			field(body, "language", language);
			field(body, "documentDate", LocalDate.now().minusDays(14).toString());
		}
		write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + BOUNDARY + "--\r\n");
		return Http.send(Http.request(this.dossier + "/documents")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<byte[]> download(String token) {
		String id = (this.studyDocumentId != null) ? this.studyDocumentId : UUID.randomUUID().toString();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.dossier + "/documents/" + id + "/content"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Download failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void field(ByteArrayOutputStream body, String name, String value) {
		write(body,
				"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A real DICOM file: a 64 x 64 bitmap turned into a secondary capture by dcmtk. */
	private static byte[] dicom(Path dir, String studyUid) throws IOException, InterruptedException {
		int size = 64;
		int row = size * 3;
		ByteBuffer bitmap = ByteBuffer.allocate(54 + row * size).order(ByteOrder.LITTLE_ENDIAN);
		bitmap.put((byte) 'B').put((byte) 'M').putInt(54 + row * size).putInt(0).putInt(54);
		bitmap.putInt(40).putInt(size).putInt(size).putShort((short) 1).putShort((short) 24).putInt(0);
		bitmap.putInt(row * size).putInt(2835).putInt(2835).putInt(0).putInt(0);
		for (int i = 0; i < size * size; i++) {
			bitmap.put((byte) i).put((byte) (i >> 3)).put((byte) (i >> 6));
		}
		Path bmp = dir.resolve("scan.bmp");
		Path dcm = dir.resolve("scan.dcm");
		Files.write(bmp, bitmap.array());
		Process process = new ProcessBuilder("img2dcm", "-i", "BMP", bmp.toString(), dcm.toString(), "-k",
				"StudyInstanceUID=" + studyUid, "-k", "Modality=MR", "-k", "StudyDate=20260901", "-k",
				"BodyPartExamined=HEAD")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0)
			.as("img2dcm (Debian package dcmtk) must be installed: %s", output)
			.isTrue();
		return Files.readAllBytes(dcm);
	}

}
