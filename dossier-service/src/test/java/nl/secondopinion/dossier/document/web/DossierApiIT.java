package nl.secondopinion.dossier.document.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.dossier.Dcmtk;
import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.Multipart;
import nl.secondopinion.dossier.ReferralStub.Case;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.Users;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier API inside the service: MockMvc in front, the embedded MongoDB (GridFS)
 * underneath, WireMock standing in for Keycloak's token endpoint, referral-service's case
 * contexts and notification-service's event intake. DICOM files are made by dcmtk.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierApiIT {

	private static final String EVENTS = "/internal/events";

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
			'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-api-it", "200ms");
		registry.add("secondopinion.dossier.documents.max-file-size", () -> "1MB");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakers;

	@TempDir
	Path dir;

	private String requestId;

	@BeforeEach
	void freshCase() {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		wiremock.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
		// Events of earlier tests may have failed against a reset WireMock.
		this.breakers.circuitBreaker("notification-service").reset();
		this.requestId = UUID.randomUUID().toString();
		ReferralStub.context(wiremock, new Case(this.requestId));
	}

	private void caseIs(Case c) {
		ReferralStub.context(wiremock, c);
	}

	private byte[] dicom(String studyUid) {
		return Dcmtk.dicomBytes(this.dir, Dcmtk.Spec.mri(studyUid));
	}

	private ResultActions upload(RequestPostProcessor user, byte[] body) throws Exception {
		return this.mvc.perform(post("/api/dossiers/{id}/documents", this.requestId).with(user)
			.contentType(Multipart.formContentType())
			.content(body));
	}

	private String uploaded(RequestPostProcessor user, String type, String fileName, byte[] content) throws Exception {
		MvcResult result = upload(user, Multipart.upload(letterFields(type), fileName, content))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private static java.util.Map<String, String> letterFields(String type) {
		return Multipart.fields("type", type, "language", "nl", "documentDate",
				LocalDate.now().minusDays(10).toString());
	}

	private ResultActions getAs(RequestPostProcessor user, String path) throws Exception {
		return this.mvc.perform(get("/api/dossiers/{id}" + path, this.requestId).with(user));
	}

	private ResultActions grant(String consultantId) throws Exception {
		return this.mvc.perform(post("/api/dossiers/{id}/grants", this.requestId).with(Users.anna())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"consultantId\":\"%s\",\"validUntil\":\"%s\"}".formatted(consultantId,
					LocalDate.now().plusMonths(3))));
	}

	/** A grant with the consultant id the request shows: the directory id. */
	private String grantBakker() throws Exception {
		MvcResult result = grant(Users.BAKKER_DIRECTORY_ID).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private List<LoggedRequest> awaitEvents(int count) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			List<LoggedRequest> events = eventsFor(requestId);
			if (events.size() >= count) {
				return events;
			}
			Thread.sleep(100);
		}
		return eventsFor(requestId);
	}

	private List<LoggedRequest> eventsFor(String id) {
		return wiremock.findAll(postRequestedFor(urlEqualTo(EVENTS)))
			.stream()
			.filter((e) -> e.getBodyAsString().contains(id))
			.toList();
	}

	@Nested
	class Upload {

		@Test
		void aPatientUploadsADicomFileAndItsStudyIsRead() throws Exception {
			upload(Users.anna(),
					Multipart.upload(Multipart.fields("type", "IMAGING_STUDY"), "scan.dcm",
							dicom("1.2.826.0.1.3680043.2.1125.10")))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/dossiers/" + requestId + "/documents/")))
				.andExpect(jsonPath("$.type").value("IMAGING_STUDY"))
				.andExpect(jsonPath("$.contentKind").value("DICOM"))
				.andExpect(jsonPath("$.mediaType").value("application/dicom"))
				.andExpect(jsonPath("$.studies[0].studyInstanceUid").value("1.2.826.0.1.3680043.2.1125.10"))
				.andExpect(jsonPath("$.studies[0].modalities[0]").value("MR"))
				.andExpect(jsonPath("$.studies[0].bodyParts[0]").value("HEAD"))
				.andExpect(jsonPath("$.studies[0].studyDate").value("2026-09-01"))
				.andExpect(jsonPath("$.studies[0].instances").value(1))
				.andExpect(jsonPath("$.uploadedBy.username").value("anna"));
		}

		@Test
		void theStoredContentIsEncryptedNotThePlaintext() throws Exception {
			String marker = "UNIQUE-PLAINTEXT-MARKER-" + UUID.randomUUID();
			uploaded(Users.anna(), "CORRESPONDENCE", "brief.txt", marker.getBytes(StandardCharsets.UTF_8));

			List<Document> chunks = mongo.findAll(Document.class, "content.chunks");
			assertThat(chunks).isNotEmpty();
			assertThat(chunks).noneMatch((chunk) -> new String(chunk.get("data", org.bson.types.Binary.class).getData(),
					StandardCharsets.ISO_8859_1)
				.contains(marker));
		}

		@Test
		void aPhotoDeclaredAsImagingIsRefusedWithAdviceAndNotKept() throws Exception {
			long filesBefore = mongo.getCollection("content.files").countDocuments();

			upload(Users.anna(), Multipart.upload(Multipart.fields("type", "IMAGING_STUDY"), "mri.dcm", JPEG))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/imaging-not-dicom"))
				.andExpect(jsonPath("$.detail").value(containsString("DICOM")));

			assertThat(mongo.getCollection("content.files").countDocuments()).isEqualTo(filesBefore);
		}

		@Test
		void aLetterInAnotherLanguageIsRefusedWithAClearMessage() throws Exception {
			upload(Users.anna(),
					Multipart.upload(
							Multipart.fields("type", "HISTORY_LETTER", "language", "de", "documentDate", "2026-10-01"),
							"brief.pdf", PDF))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/language-not-accepted"))
				.andExpect(jsonPath("$.detail").value(containsString("Dutch (nl) or English (en)")));
		}

		@Test
		void aFileLargerThanTheLimitGets413Problem() throws Exception {
			byte[] big = new byte[1024 * 1024 + 10];
			System.arraycopy(PDF, 0, big, 0, PDF.length);

			upload(Users.anna(), Multipart.upload(letterFields("CORRESPONDENCE"), "big.pdf", big))
				.andExpect(status().isPayloadTooLarge())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/file-too-large"));
		}

		@Test
		void theNameOrDeclaredTypeDoesNotDecideTheContentKind() throws Exception {
			upload(Users.anna(),
					new Multipart().field("type", "CORRESPONDENCE")
						.field("language", "en")
						.field("documentDate", "2026-10-01")
						.file("file", "../../etc/passwd.pdf", "application/pdf",
								"plain words\n".getBytes(StandardCharsets.UTF_8))
						.end())
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.contentKind").value("TEXT"))
				.andExpect(jsonPath("$.mediaType").value("text/plain"))
				.andExpect(jsonPath("$.fileName").value("passwd.pdf"));
		}

		@Test
		void anOldHistoryLetterIsAcceptedButFlaggedNotRecent() throws Exception {
			upload(Users.anna(),
					Multipart.upload(Multipart.fields("type", "HISTORY_LETTER", "language", "en", "documentDate",
							LocalDate.now().minusMonths(7).toString()), "history.pdf", PDF))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.recent").value(false));
			getAs(Users.anna(), "/checklist").andExpect(jsonPath("$.missing[*].item", hasItem("HISTORY_LETTER")));
		}

	}

	@Nested
	class DownloadAndDelete {

		@Test
		void theDownloadIsByteIdenticalWithSafeHeaders() throws Exception {
			byte[] study = Dcmtk.dicomBytes(dir, Dcmtk.Spec.mri("1.2.826.0.1.3680043.2.1125.11").pixels(300));
			String id = uploaded(Users.anna(), "IMAGING_STUDY", "evil\"name\r\n.dcm", study);

			MvcResult result = getAs(Users.anna(), "/documents/" + id + "/content").andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/dicom"))
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(header().string("Content-Disposition", not(containsString("\r"))))
				.andExpect(header().string("Cache-Control", "no-store"))
				.andReturn();

			byte[] downloaded = result.getResponse().getContentAsByteArray();
			assertThat(downloaded).isEqualTo(study);
			String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(study));
			assertThat(result.getResponse().getHeader("Repr-Digest")).isEqualTo("sha-256=:" + digest + ":");
		}

		@Test
		void aTamperedChunkIsNeverHandedOutAsWhole() throws Exception {
			String id = uploaded(Users.anna(), "CORRESPONDENCE", "brief.txt",
					"Geachte collega, ...\n".repeat(100).getBytes(StandardCharsets.UTF_8));
			Document stored = mongo.findById(requestId, Document.class, "dossiers");
			String contentId = stored.getList("documents", Document.class).get(0).getString("contentId");
			Document chunk = mongo.findOne(
					Query.query(Criteria.where("files_id").is(new org.bson.types.ObjectId(contentId))), Document.class,
					"content.chunks");
			byte[] data = chunk.get("data", org.bson.types.Binary.class).getData();
			data[data.length / 2] ^= 0x01;
			mongo.updateFirst(Query.query(Criteria.where("_id").is(chunk.get("_id"))),
					Update.update("data", new org.bson.types.Binary(data)), "content.chunks");

			// The held-back last buffer means nothing was sent yet: an error instead of
			// damaged content.
			MvcResult result = getAs(Users.anna(), "/documents/" + id + "/content").andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(500);
			assertThat(result.getResponse().getContentAsString()).doesNotContain("Geachte");
		}

		@Test
		void theUploaderDeletesBeforeTheConsultantHasTheCase() throws Exception {
			String id = uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);

			mvc.perform(delete("/api/dossiers/{id}/documents/{doc}", requestId, id).with(Users.anna()))
				.andExpect(status().isNoContent());

			getAs(Users.anna(), "/documents/" + id).andExpect(status().isNotFound());
		}

		@Test
		void someoneWhoDidNotUploadItMayNotDelete() throws Exception {
			String id = uploaded(Users.jansen(), "CORRESPONDENCE", "brief.pdf", PDF);

			mvc.perform(delete("/api/dossiers/{id}/documents/{doc}", requestId, id).with(Users.anna()))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/not-uploader"));
		}

		@Test
		void onceWithTheConsultantACorrectionIsANewVersion() throws Exception {
			String id = uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);
			caseIs(new Case(requestId).assigned(Users.BAKKER).withConsultant());

			mvc.perform(delete("/api/dossiers/{id}/documents/{doc}", requestId, id).with(Users.anna()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/dossier-with-consultant"));

			MvcResult corrected = upload(Users.anna(),
					Multipart.upload(Multipart.fields("type", "CORRESPONDENCE", "language", "nl", "documentDate",
							"2026-10-02", "replaces", id), "brief-v2.pdf", PDF))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.replaces").value(id))
				.andReturn();
			String newId = JsonPath.read(corrected.getResponse().getContentAsString(), "$.id");
			getAs(Users.anna(), "/documents/" + id).andExpect(jsonPath("$.current").value(false))
				.andExpect(jsonPath("$.supersededBy").value(newId));
		}

	}

	@Nested
	class Checklist {

		@Test
		void anEmptyDossierListsWhatTheCaseRequiresInDutchAndEnglish() throws Exception {
			getAs(Users.anna(), "/checklist").andExpect(status().isOk())
				.andExpect(jsonPath("$.requestId").value(requestId))
				.andExpect(jsonPath("$.complete").value(false))
				.andExpect(jsonPath("$.missing[*].item",
						contains("HISTORY_LETTER", "CORRESPONDENCE", "REFERRAL_LETTER", "IMAGING_STUDY",
								"IMAGING_REPORT")))
				.andExpect(jsonPath("$.missing[0].nl").value(containsString("6 maanden")))
				.andExpect(jsonPath("$.missing[0].en").value(containsString("6 months")))
				.andExpect(jsonPath("$.present", hasSize(0)));
		}

		@Test
		void treatmentAbroadAddsMrsaAndSelfReferralDropsTheReferralLetter() throws Exception {
			caseIs(new Case(requestId).treatedAbroad(true).selfReferred(true).imagingDone(false));

			getAs(Users.anna(), "/checklist").andExpect(
					jsonPath("$.missing[*].item", contains("HISTORY_LETTER", "CORRESPONDENCE", "MRSA_SCREENING")));
		}

		@Test
		void theChecklistTurnsCompleteAndEachChangeReachesNotificationServiceOnce() throws Exception {
			uploaded(Users.anna(), "HISTORY_LETTER", "history.pdf", PDF);
			uploaded(Users.jansen(), "CORRESPONDENCE", "brief.pdf", PDF);
			uploaded(Users.devries(), "REFERRAL_LETTER", "verwijzing.pdf", PDF);
			uploaded(Users.jansen(), "IMAGING_REPORT", "verslag.pdf", PDF);
			uploaded(Users.anna(), "IMAGING_STUDY", "study.dcm", dicom("1.2.826.0.1.3680043.2.1125.12"));

			getAs(Users.anna(), "/checklist").andExpect(jsonPath("$.complete").value(true))
				.andExpect(jsonPath("$.missing", hasSize(0)))
				.andExpect(jsonPath("$.present[*].item", hasItem("IMAGING_STUDY")));

			List<LoggedRequest> events = awaitEvents(5);
			List<String> types = events.stream()
				.map((e) -> JsonPath.<String>read(e.getBodyAsString(), "$.type"))
				.toList();
			assertThat(types).containsExactly("DOCUMENTS_MISSING", "DOCUMENTS_MISSING", "DOCUMENTS_MISSING",
					"DOCUMENTS_MISSING", "DOSSIER_COMPLETE");
			String last = events.get(4).getBodyAsString();
			assertThat(JsonPath.<String>read(last, "$.source")).isEqualTo("dossier-service");
			assertThat(JsonPath.<String>read(last, "$.requestId")).isEqualTo(requestId);
			assertThat(JsonPath.<List<String>>read(last, "$.recipients[*].userId")).contains(Users.ANNA, Users.CARLA,
					Users.DEVRIES);
			assertThat(JsonPath.<List<String>>read(events.get(0).getBodyAsString(), "$.data.missingItems"))
				.contains("CORRESPONDENCE", "IMAGING_STUDY")
				.doesNotContain("HISTORY_LETTER");
			assertThat(events.get(0).getHeader("Authorization")).isEqualTo("Bearer service-token-1");
			assertThat(events).allSatisfy((e) -> assertThat(e.getBodyAsString()).doesNotContain("pdf"));
		}

		@Test
		void anEventStaysPendingWhileNotificationServiceIsDownAndIsSentLaterWithTheSameId() throws Exception {
			wiremock.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(503)));
			uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);
			List<LoggedRequest> failed = awaitEvents(1);
			String eventId = JsonPath.read(failed.get(0).getBodyAsString(), "$.eventId");

			wiremock.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
			// On a loaded machine the failed retries (of this and earlier tests' events)
			// may
			// have opened the breaker meanwhile; its 30 s are not what this test is
			// about.
			breakers.circuitBreaker("notification-service").reset();
			Thread.sleep(1500);

			List<LoggedRequest> all = eventsFor(requestId);
			assertThat(all).hasSizeGreaterThanOrEqualTo(2)
				.allSatisfy(
						(e) -> assertThat(JsonPath.<String>read(e.getBodyAsString(), "$.eventId")).isEqualTo(eventId));
			Document stored = mongo.findById(requestId, Document.class, "dossiers");
			assertThat(stored.getList("outbox", Document.class)).isEmpty();
		}

		@Test
		void otherServicesReadItOverTheInternalEndpoint() throws Exception {
			mvc.perform(
					get("/internal/dossiers/{id}/checklist", requestId).with(TestTokens.service("referral-service")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.complete").value(false))
				.andExpect(jsonPath("$.missing[0].item").value("HISTORY_LETTER"));
			mvc.perform(get("/internal/dossiers/{id}/checklist", requestId).with(Users.anna()))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	class AccessRules {

		@Test
		void anotherPatientAndTheMediatorGetTheSame404AsForNothing() throws Exception {
			String id = uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);

			for (RequestPostProcessor stranger : List.of(Users.bram(), Users.mediator())) {
				getAs(stranger, "/documents").andExpect(status().isNotFound())
					.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/not-found"));
				getAs(stranger, "/documents/" + id + "/content").andExpect(status().isNotFound());
				getAs(stranger, "/checklist").andExpect(status().isNotFound());
				getAs(stranger, "/access-log").andExpect(status().isNotFound());
			}
		}

		@Test
		void anUnknownRequestIs404() throws Exception {
			wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock
				.get(urlEqualTo("/internal/requests/unknown-request/context"))
				.willReturn(aResponse().withStatus(404)));

			mvc.perform(get("/api/dossiers/unknown-request/documents").with(Users.anna()))
				.andExpect(status().isNotFound());
		}

		@Test
		void theTreatingDoctorAndTheGpSeeOnlyWhatTheyAdded() throws Exception {
			uploaded(Users.anna(), "HISTORY_LETTER", "history.pdf", PDF);
			String jansens = uploaded(Users.jansen(), "CORRESPONDENCE", "brief.pdf", PDF);
			String devries = uploaded(Users.devries(), "REFERRAL_LETTER", "verwijzing.pdf", PDF);

			getAs(Users.jansen(), "/documents").andExpect(jsonPath("$[*].id", contains(jansens)));
			getAs(Users.devries(), "/documents").andExpect(jsonPath("$[*].id", contains(devries)));
			getAs(Users.anna(), "/documents").andExpect(jsonPath("$", hasSize(3)));
			getAs(Users.carla(), "/documents").andExpect(jsonPath("$", hasSize(3)));
			getAs(Users.jansen(), "/documents/" + devries).andExpect(status().isNotFound());
		}

		@Test
		void theAssignedConsultantSeesEverythingOnlyWhileTheGrantIsValid() throws Exception {
			String id = uploaded(Users.anna(), "IMAGING_STUDY", "study.dcm", dicom("1.2.826.0.1.3680043.2.1125.13"));
			caseIs(new Case(requestId).assigned(Users.BAKKER));

			getAs(Users.bakker(), "/documents").andExpect(status().isNotFound());

			String grantId = grantBakker();
			getAs(Users.bakker(), "/documents").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
			getAs(Users.bakker(), "/documents/" + id + "/content").andExpect(status().isOk());

			mvc.perform(delete("/api/dossiers/{id}/grants/{grant}", requestId, grantId).with(Users.anna()))
				.andExpect(status().isNoContent());
			getAs(Users.bakker(), "/documents").andExpect(status().isNotFound());
			getAs(Users.anna(), "/grants").andExpect(jsonPath("$[0].active").value(false))
				.andExpect(jsonPath("$[0].revokedAt").isNotEmpty());
		}

		@Test
		void aConsultantWhoIsNotAssignedGetsNeitherAGrantNorAccess() throws Exception {
			uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);
			caseIs(new Case(requestId).assigned(Users.BAKKER));

			grant(Users.VISSER_DIRECTORY_ID).andExpect(status().isUnprocessableContent());

			getAs(Users.visser(), "/documents").andExpect(status().isNotFound());
		}

		@Test
		void theIntakeCoordinatorSeesTheChecklistButNotTheContents() throws Exception {
			uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);
			caseIs(new Case(requestId).assigned(Users.BAKKER));

			getAs(Users.intake(), "/checklist").andExpect(status().isOk());
			getAs(Users.intake(), "/documents").andExpect(status().isNotFound());
		}

		@Test
		void onlyThePatientSideGrantsAccess() throws Exception {
			mvc.perform(post("/api/dossiers/{id}/grants", requestId).with(Users.jansen())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantId\":\"%s\",\"validUntil\":\"2027-01-01\"}".formatted(Users.JANSEN)))
				.andExpect(status().isNotFound());
		}

	}

	@Nested
	class AccessLog {

		@Test
		void thePatientReadsWhoDownloadedWhatInPlainWords() throws Exception {
			String id = uploaded(Users.anna(), "IMAGING_STUDY", "study.dcm", dicom("1.2.826.0.1.3680043.2.1125.14"));
			caseIs(new Case(requestId).assigned(Users.BAKKER));
			grantBakker();
			mvc.perform(get("/api/dossiers/{id}/documents/{doc}/content", requestId, id).with(Users.bakker())
				.header("X-Forwarded-For", "203.0.113.9")
				.header("X-Correlation-ID", "corr-download-1")).andExpect(status().isOk());
			getAs(Users.mediator(), "/documents").andExpect(status().isNotFound());

			MvcResult log = getAs(Users.anna(), "/access-log").andExpect(status().isOk()).andReturn();
			String body = log.getResponse().getContentAsString();

			List<String> downloads = JsonPath.read(body, "$[?(@.action == 'DOCUMENT_DOWNLOAD')].who.name");
			assertThat(downloads).containsExactly("dr.bakker");
			assertThat(JsonPath.<List<String>>read(body, "$[?(@.action == 'DOCUMENT_DOWNLOAD')].what.en").get(0))
				.isEqualTo("dr.bakker (second-opinion doctor, UMC Zuid) downloaded a document");
			assertThat(JsonPath.<List<String>>read(body, "$[?(@.action == 'DOCUMENT_DOWNLOAD')].what.nl").get(0))
				.isEqualTo("dr.bakker (second-opinionarts, UMC Zuid) heeft een document gedownload");
			assertThat(JsonPath.<List<String>>read(body, "$[?(@.outcome == 'DENIED')].who.name"))
				.contains("mediator.zk");

			Document entry = mongo.findOne(
					Query.query(Criteria.where("requestId").is(requestId).and("action").is("DOCUMENT_DOWNLOAD")),
					Document.class, "access_log");
			assertThat(entry.getString("sourceAddress")).isEqualTo("203.0.113.9");
			assertThat(entry.getString("correlationId")).isEqualTo("corr-download-1");
			assertThat(entry.getString("purpose")).isEqualTo("SECOND_OPINION");
			assertThat(entry.getString("patientId")).isEqualTo(Users.ANNA);
			assertThat(entry.getString("documentId")).isEqualTo(id);
			assertThat(entry.getString("userRole")).isEqualTo("consultant");
		}

		@Test
		void theChainVerifiesAndTamperingIsDetected() throws Exception {
			uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);
			getAs(Users.anna(), "/documents").andExpect(status().isOk());

			getAs(Users.anna(), "/access-log/verify").andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(true));
			getAs(Users.admin(), "/access-log/verify").andExpect(status().isOk());

			mongo.updateFirst(Query.query(Criteria.where("requestId").is(requestId).and("seq").is(2)),
					Update.update("username", "someone-else"), "access_log");

			getAs(Users.anna(), "/access-log/verify").andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(2));
		}

		@Test
		void aRepresentativeActsOnBehalfOfThePatient() throws Exception {
			uploaded(Users.carla(), "CORRESPONDENCE", "brief.pdf", PDF);

			Document entry = mongo.findOne(
					Query.query(Criteria.where("requestId").is(requestId).and("action").is("DOCUMENT_CREATE")),
					Document.class, "access_log");
			assertThat(entry.getString("onBehalfOf")).isEqualTo(Users.ANNA);
			assertThat(entry.getString("userId")).isEqualTo(Users.CARLA);
		}

	}

	@Nested
	class Stow {

		@Test
		void aPacsStoresAStudyOverStowRsAndABadPartIsReportedAsFailed() throws Exception {
			String study = "1.2.826.0.1.3680043.2.1125.15";
			byte[] body = new Multipart().related("application/dicom", dicom(study))
				.related("application/dicom", dicom(study))
				.related("application/dicom", JPEG)
				.end();

			mvc.perform(post("/api/dossiers/{id}/studies", requestId).with(Users.jansen())
				.contentType(Multipart.relatedContentType())
				.content(body))
				.andExpect(status().isAccepted())
				.andExpect(content().contentTypeCompatibleWith("application/dicom+json"))
				.andExpect(jsonPath("$['00081199'].Value", hasSize(2)))
				.andExpect(jsonPath("$['00081199'].Value[0]['0020000D'].Value[0]").value(study))
				.andExpect(jsonPath("$['00081198'].Value", hasSize(1)))
				.andExpect(jsonPath("$['00081198'].Value[0]['00081197'].Value[0]").value(0xC000));

			getAs(Users.anna(), "/documents").andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].type").value("IMAGING_STUDY"));
		}

	}

	@Nested
	class Retention {

		@Test
		void theDossierIsKeptTwentyYearsAfterItsLastChangeAndDestroyedOnRequest() throws Exception {
			String id = uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);
			long files = mongo.getCollection("content.files").countDocuments();

			mvc.perform(post("/api/dossiers/{id}/destruction-request", requestId).with(Users.anna()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.retainUntil")
					.value(LocalDate.now(java.time.ZoneOffset.UTC).plusYears(20).toString()))
				.andExpect(jsonPath("$.destructionRequestedAt").isNotEmpty())
				.andExpect(jsonPath("$.destroyedAt").isNotEmpty());

			getAs(Users.anna(), "/documents").andExpect(jsonPath("$", hasSize(0)));
			getAs(Users.anna(), "/documents/" + id).andExpect(status().isNotFound());
			assertThat(mongo.getCollection("content.files").countDocuments()).isEqualTo(files - 1);
			getAs(Users.anna(), "/access-log").andExpect(jsonPath("$[*].action", hasItem("DESTRUCTION")));
		}

		@Test
		void aLegalHoldRecordsTheRequestButKeepsTheData() throws Exception {
			String id = uploaded(Users.anna(), "CORRESPONDENCE", "brief.pdf", PDF);
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/dossiers/{id}/legal-hold", requestId)
				.with(Users.anna())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hold\": true}")).andExpect(status().isNotFound());
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/dossiers/{id}/legal-hold", requestId)
				.with(Users.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hold\": true}")).andExpect(status().isOk()).andExpect(jsonPath("$.legalHold").value(true));

			mvc.perform(post("/api/dossiers/{id}/destruction-request", requestId).with(Users.anna()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/legal-hold"));

			getAs(Users.anna(), "/documents/" + id).andExpect(status().isOk());
			Document stored = mongo.findById(requestId, Document.class, "dossiers");
			assertThat(stored.get("destructionRequestedAt")).isNotNull();
		}

	}

}
