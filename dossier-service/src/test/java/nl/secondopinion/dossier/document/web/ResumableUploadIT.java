package nl.secondopinion.dossier.document.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.dossier.Dcmtk;
import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.ReferralStub.Case;
import nl.secondopinion.dossier.Tus;
import nl.secondopinion.dossier.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resumable uploads (tus 1.0 with creation and termination) through MockMvc, on the
 * embedded MongoDB with WireMock as Keycloak and referral-service. Bodies stream, end
 * early or break off like a dropped connection; DICOM files are made by dcmtk.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResumableUploadIT {

	private static final String PROBLEMS = "https://secondopinion.nl/problems/";

	private static final int MIB = 1024 * 1024;

	private static final long MAX_FILE_SIZE = 8L * MIB;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
			'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-resumable-upload-it");
		registry.add("secondopinion.dossier.documents.max-file-size", () -> "8MB");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@TempDir
	Path dir;

	private String requestId;

	@BeforeEach
	void freshCase() {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		this.requestId = UUID.randomUUID().toString();
		ReferralStub.context(wiremock, new Case(this.requestId));
	}

	private static Map<String, String> imaging(String fileName) {
		return Map.of("type", "IMAGING_STUDY", "filename", fileName);
	}

	private static Map<String, String> letter(String fileName) {
		return Map.of("type", "CORRESPONDENCE", "language", "nl", "documentDate",
				LocalDate.now().minusDays(3).toString(), "filename", fileName);
	}

	private ResultActions create(RequestPostProcessor user, long length, Map<String, String> metadata)
			throws Exception {
		return this.mvc.perform(Tus.create(this.requestId, length, metadata).with(user));
	}

	private String created(RequestPostProcessor user, long length, Map<String, String> metadata) throws Exception {
		return create(user, length, metadata).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	private ResultActions patch(RequestPostProcessor user, String location, byte[] content, int from, int to)
			throws Exception {
		return this.mvc.perform(Tus.patch(location, from, Arrays.copyOfRange(content, from, to)).with(user));
	}

	private long offset(RequestPostProcessor user, String location) throws Exception {
		MvcResult head = this.mvc.perform(Tus.head(location).with(user))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Tus-Resumable", Tus.VERSION))
			.andReturn();
		return Long.parseLong(head.getResponse().getHeader("Upload-Offset"));
	}

	private static String uploadId(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private Document state(String location) {
		return this.mongo.findById(uploadId(location), Document.class, "uploads");
	}

	private List<ObjectId> pieces(String location) {
		return state(location).getList("pieces", Document.class)
			.stream()
			.map((p) -> new ObjectId(p.getString("contentId")))
			.toList();
	}

	private long chunksOf(ObjectId contentId) {
		return this.mongo.getCollection("content.chunks").countDocuments(new Document("files_id", contentId));
	}

	private long contentFiles() {
		return this.mongo.getCollection("content.files").countDocuments();
	}

	private long contentChunks() {
		return this.mongo.getCollection("content.chunks").countDocuments();
	}

	private List<Document> accessLog(String action, String outcome) {
		return this.mongo.find(Query
			.query(Criteria.where("requestId").is(this.requestId).and("action").is(action).and("outcome").is(outcome)),
				Document.class, "access_log");
	}

	@Nested
	class Creation {

		@Test
		void whenDiscovered_thenVersionExtensionsAndMaximumSizeAreToldWithoutToken() throws Exception {
			mvc.perform(options("/api/dossiers/{id}/uploads", requestId))
				.andExpect(status().isNoContent())
				.andExpect(header().string("Tus-Resumable", Tus.VERSION))
				.andExpect(header().string("Tus-Version", Tus.VERSION))
				.andExpect(header().string("Tus-Extension", "creation,termination"))
				.andExpect(header().string("Tus-Max-Size", Long.toString(MAX_FILE_SIZE)));
		}

		@Test
		void whenCreated_thenItsLocationIsUnderTheDossierAndNothingIsStoredYet() throws Exception {
			long files = contentFiles();

			String location = create(Users.anna(), 1000, imaging("scan.dcm")).andExpect(status().isCreated())
				.andExpect(header().string("Tus-Resumable", Tus.VERSION))
				.andExpect(header().string("Location",
						matchesPattern("/api/dossiers/" + requestId + "/uploads/[0-9a-f-]{36}")))
				.andReturn()
				.getResponse()
				.getHeader("Location");

			assertThat(offset(Users.anna(), location)).isZero();
			Document state = state(location);
			assertThat(state.getString("createdBy")).isEqualTo(Users.ANNA);
			assertThat(state.getString("status")).isEqualTo("RECEIVING");
			assertThat(state.get("metadata", Document.class).getString("type")).isEqualTo("IMAGING_STUDY");
			assertThat(contentFiles()).isEqualTo(files);
			assertThat(accessLog("DOCUMENT_CREATE", "SUCCESS")).as("logged once the file is there").isEmpty();
		}

		@Test
		void whenTheTusVersionIsMissing_then412WithTheVersionsSupported() throws Exception {
			mvc.perform(post("/api/dossiers/{id}/uploads", requestId).with(Users.anna())
				.header("Upload-Length", "1000")
				.header("Upload-Metadata", Tus.metadata(imaging("scan.dcm"))))
				.andExpect(status().isPreconditionFailed())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("Tus-Version", Tus.VERSION))
				.andExpect(jsonPath("$.type").value(PROBLEMS + "tus-version-unsupported"));
		}

		@Test
		void whenTheLengthIsAboveTheLimit_then413LikeAMultipartUpload() throws Exception {
			create(Users.anna(), MAX_FILE_SIZE + 1, imaging("huge.zip")).andExpect(status().isPayloadTooLarge())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value(PROBLEMS + "file-too-large"));
		}

		@Test
		void whenTheLengthIsMissingOrNotANumber_then400() throws Exception {
			for (String length : new String[] { null, "-1", "12a", "99999999999999999999" }) {
				var request = post("/api/dossiers/{id}/uploads", requestId).with(Users.anna())
					.header("Tus-Resumable", Tus.VERSION)
					.header("Upload-Metadata", Tus.metadata(imaging("scan.dcm")));
				if (length != null) {
					request.header("Upload-Length", length);
				}
				mvc.perform(request)
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-upload-length"));
			}
		}

		@Test
		void whenTheMetadataBreaksTheTusRules_then400() throws Exception {
			mvc.perform(post("/api/dossiers/{id}/uploads", requestId).with(Users.anna())
				.header("Tus-Resumable", Tus.VERSION)
				.header("Upload-Length", "1000")
				.header("Upload-Metadata", "type SU1BR0lOR19TVFVEWQ==,type T1RIRVI="))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-upload-metadata"))
				.andExpect(jsonPath("$.detail").value("The Upload-Metadata key 'type' appears twice."));
		}

		@Test
		void whenTheMetadataIsRefused_thenTheSameProblemAsForAMultipartUploadBeforeAnyByte() throws Exception {
			create(Users.anna(), 1000, Map.of("type", "HISTORY_LETTER", "filename", "brief.pdf"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "language-and-date-required"));
			create(Users.anna(), 1000, Map.of("filename", "brief.pdf")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-document-type"));
			create(Users.anna(), 1000, Map.of("type", "OTHER", "checklistItem", "ADDITIONAL:nope"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-checklist-item"));
			create(Users.anna(), 1000, Map.of("type", "OTHER", "replaces", UUID.randomUUID().toString()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-replaced-document"));
		}

		@Test
		void whenTheCallerMayNotAddDocuments_then404LikeAnUnknownDossier() throws Exception {
			ReferralStub.context(wiremock, new Case(requestId).assigned(Users.BAKKER));
			for (RequestPostProcessor stranger : List.of(Users.bram(), Users.mediator(), Users.bakker(),
					Users.intake())) {
				create(stranger, 1000, imaging("scan.dcm")).andExpect(status().isNotFound())
					.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"));
			}
			assertThat(accessLog("DOCUMENT_CREATE", "DENIED")).hasSize(4);
		}

		@Test
		void whenNoToken_then401ProblemWithTheTusHeader() throws Exception {
			mvc.perform(post("/api/dossiers/{id}/uploads", requestId).header("Tus-Resumable", Tus.VERSION)
				.header("Upload-Length", "10"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("Tus-Resumable", Tus.VERSION));
		}

	}

	@Nested
	class Resuming {

		@Test
		void aStudyArrivesInThreePatchesWithABreakInsideAChunkAndIsStoredByteIdentical() throws Exception {
			String studyUid = "1.2.826.0.1.3680043.2.1125.71";
			byte[] study = Dcmtk.dicomBytes(dir, Dcmtk.Spec.mri(studyUid).pixels(1100));
			assertThat(study.length).as("more than three storage chunks").isGreaterThan(3 * MIB);
			String location = created(Users.anna(), study.length, imaging("MRI hoofd.dcm"));

			int first = MIB + 1000;
			patch(Users.anna(), location, study, 0, first).andExpect(status().isNoContent())
				.andExpect(header().string("Tus-Resumable", Tus.VERSION))
				.andExpect(header().string("Upload-Offset", Integer.toString(first)));
			assertThat(storedChunksContain(studyUid)).as("only ciphertext is stored, from the first byte").isFalse();

			// The connection drops inside the third chunk of the file.
			int breakAt = 2 * MIB + 300_000;
			mvc.perform(Tus.patch(location, first, study.length - first, Tus.breakingAt(study, first, breakAt))
				.with(Users.anna()));
			long resumeAt = offset(Users.anna(), location);
			assertThat(resumeAt).as("every byte that arrived is kept").isEqualTo(breakAt);
			List<ObjectId> pieces = pieces(location);
			assertThat(pieces).hasSize(2);

			MvcResult last = patch(Users.anna(), location, study, (int) resumeAt, study.length)
				.andExpect(status().isNoContent())
				.andExpect(header().string("Upload-Offset", Integer.toString(study.length)))
				.andReturn();

			String document = last.getResponse().getHeader("Document-Location");
			assertThat(document).startsWith("/api/dossiers/" + requestId + "/documents/");
			byte[] downloaded = mvc.perform(get(document + "/content").with(Users.anna()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(downloaded).isEqualTo(study);
			mvc.perform(get(document).with(Users.anna()))
				.andExpect(jsonPath("$.type").value("IMAGING_STUDY"))
				.andExpect(jsonPath("$.contentKind").value("DICOM"))
				.andExpect(jsonPath("$.fileName").value("MRI hoofd.dcm"))
				.andExpect(jsonPath("$.size").value(study.length))
				.andExpect(jsonPath("$.sha256")
					.value(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(study))))
				.andExpect(jsonPath("$.studies[0].studyInstanceUid").value(studyUid))
				.andExpect(jsonPath("$.uploadedBy.username").value("anna"));
			// As a finished multipart upload: one log entry, the checklist and its event.
			assertThat(accessLog("DOCUMENT_CREATE", "SUCCESS")).hasSize(1);
			mvc.perform(get("/api/dossiers/{id}/checklist", requestId).with(Users.anna()))
				.andExpect(jsonPath("$.present[*].item", hasItem("IMAGING_STUDY")));
			Document dossier = mongo.findById(requestId, Document.class, "dossiers");
			assertThat(dossier.getList("outbox", Document.class)).extracting((e) -> e.getString("type"))
				.containsExactly("DOCUMENTS_MISSING");
			// The pieces are gone; asking again tells the end and the document.
			assertThat(pieces).allSatisfy((piece) -> assertThat(chunksOf(piece)).isZero());
			assertThat(mongo.getCollection("content.files")
				.countDocuments(new Document("filename", new Document("$regex", "^upload:" + uploadId(location)))))
				.isZero();
			mvc.perform(Tus.head(location).with(Users.anna()))
				.andExpect(status().isOk())
				.andExpect(header().string("Upload-Offset", Integer.toString(study.length)))
				.andExpect(header().string("Document-Location", document));
			patch(Users.anna(), location, study, study.length, study.length).andExpect(status().isNoContent())
				.andExpect(header().string("Document-Location", document));
			assertThat(accessLog("DOCUMENT_CREATE", "SUCCESS")).as("not twice").hasSize(1);
		}

		@Test
		void aBodyThatEndsBeforeItsDeclaredLengthKeepsWhatArrived() throws Exception {
			byte[] letter = pdf(10_000);
			String location = created(Users.anna(), letter.length, letter("brief.pdf"));

			mvc.perform(
					Tus.patch(location, 0, letter.length, new ByteArrayInputStream(letter, 0, 4000)).with(Users.anna()))
				.andExpect(status().isNoContent())
				.andExpect(header().string("Upload-Offset", "4000"));
			assertThat(offset(Users.anna(), location)).isEqualTo(4000);

			String document = patch(Users.anna(), location, letter, 4000, letter.length)
				.andExpect(status().isNoContent())
				.andReturn()
				.getResponse()
				.getHeader("Document-Location");
			mvc.perform(get(document + "/content").with(Users.anna()))
				.andExpect(content().bytes(letter))
				.andExpect(content().contentType("application/pdf"));
		}

		@Test
		void aWrongOffsetIs409WithTheStoredOffset() throws Exception {
			byte[] letter = pdf(1000);
			String location = created(Users.anna(), letter.length, letter("brief.pdf"));
			patch(Users.anna(), location, letter, 0, 100).andExpect(status().isNoContent());

			for (int wrong : new int[] { 0, 99, 101 }) {
				mvc.perform(Tus.patch(location, wrong, Arrays.copyOfRange(letter, wrong, 1000)).with(Users.anna()))
					.andExpect(status().isConflict())
					.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(header().string("Tus-Resumable", Tus.VERSION))
					.andExpect(header().string("Upload-Offset", "100"))
					.andExpect(jsonPath("$.type").value(PROBLEMS + "upload-offset-mismatch"))
					.andExpect(jsonPath("$.correlationId").isNotEmpty());
			}
			assertThat(offset(Users.anna(), location)).isEqualTo(100);
		}

		@Test
		void aMissingOffsetOrAnotherContentTypeIsRefused() throws Exception {
			String location = created(Users.anna(), 1000, letter("brief.pdf"));

			mvc.perform(MockMvcRequestBuilders.patch(location)
				.with(Users.anna())
				.header("Tus-Resumable", Tus.VERSION)
				.contentType(Tus.OFFSET_OCTET_STREAM)
				.content(pdf(10)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-upload-offset"));
			mvc.perform(MockMvcRequestBuilders.patch(location)
				.with(Users.anna())
				.header("Tus-Resumable", Tus.VERSION)
				.header("Upload-Offset", "0")
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(pdf(10)))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}

		@Test
		void moreBytesThanTheUploadHasLeftAreRefusedAndNotKept() throws Exception {
			byte[] letter = pdf(150);
			String location = created(Users.anna(), 100, letter("brief.pdf"));

			patch(Users.anna(), location, letter, 0, 150).andExpect(status().isPayloadTooLarge())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "upload-length-exceeded"));
			mvc.perform(Tus.patch(location, 0, -1, new ByteArrayInputStream(letter)).with(Users.anna()))
				.andExpect(status().isPayloadTooLarge());

			assertThat(offset(Users.anna(), location)).isZero();
			assertThat(pieces(location)).isEmpty();
		}

		@Test
		void whileAnotherRequestHoldsTheUpload_then423_andARequestThatStoppedLongAgoIsTakenOver() throws Exception {
			byte[] letter = pdf(1000);
			String location = created(Users.anna(), letter.length, letter("brief.pdf"));
			ObjectId stalePiece = new ObjectId();
			holdBy(location, stalePiece, Instant.now().plusSeconds(60));

			patch(Users.anna(), location, letter, 0, 1000).andExpect(status().isLocked())
				.andExpect(header().exists("Retry-After"))
				.andExpect(jsonPath("$.type").value(PROBLEMS + "upload-busy"));

			holdBy(location, stalePiece, Instant.now().minusSeconds(1));
			patch(Users.anna(), location, letter, 0, 500).andExpect(status().isNoContent())
				.andExpect(header().string("Upload-Offset", "500"));
			assertThat(state(location).get("writer")).isNull();
		}

		private void holdBy(String location, ObjectId contentId, Instant until) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(uploadId(location))),
					Update.update("writer",
							new Document("token", "another-request").append("contentId", contentId.toHexString())
								.append("until", Date.from(until))),
					"uploads");
		}

		private boolean storedChunksContain(String text) {
			return mongo.findAll(Document.class, "content.chunks")
				.stream()
				.anyMatch((chunk) -> new String(chunk.get("data", Binary.class).getData(), StandardCharsets.ISO_8859_1)
					.contains(text));
		}

	}

	@Nested
	class WhoMayGoOn {

		@Test
		void anybodyButTheCreatorGetsTheSame404AsForAnUnknownDossier() throws Exception {
			byte[] letter = pdf(1000);
			String location = created(Users.anna(), letter.length, letter("brief.pdf"));
			patch(Users.anna(), location, letter, 0, 100).andExpect(status().isNoContent());

			// Another patient, the patient's representative and the treating doctor (both
			// may add documents themselves).
			for (RequestPostProcessor other : List.of(Users.bram(), Users.carla(), Users.jansen())) {
				mvc.perform(Tus.head(location).with(other)).andExpect(status().isNotFound());
				patch(other, location, letter, 100, 1000).andExpect(status().isNotFound())
					.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"));
				mvc.perform(Tus.terminate(location).with(other)).andExpect(status().isNotFound());
			}
			mvc.perform(Tus.head(location.replace(uploadId(location), UUID.randomUUID().toString())).with(Users.anna()))
				.andExpect(status().isNotFound());

			assertThat(offset(Users.anna(), location)).isEqualTo(100);
			assertThat(accessLog("DOCUMENT_CREATE", "DENIED")).extracting((e) -> e.getString("userId"))
				.contains(Users.BRAM, Users.CARLA, Users.JANSEN);
		}

		@Test
		void theUploadOfAnotherDossierIsNotFoundUnderThisOne() throws Exception {
			String location = created(Users.anna(), 1000, letter("brief.pdf"));
			String otherRequest = UUID.randomUUID().toString();
			ReferralStub.context(wiremock, new Case(otherRequest));

			mvc.perform(Tus.head(location.replace(requestId, otherRequest)).with(Users.anna()))
				.andExpect(status().isNotFound());
		}

		@Test
		void accessIsDecidedAgainForEveryRequestFromTheCurrentCase() throws Exception {
			byte[] letter = pdf(1000);
			String location = created(Users.jansen(), letter.length, letter("brief.pdf"));
			patch(Users.jansen(), location, letter, 0, 100).andExpect(status().isNoContent());

			// The case no longer names dr. Jansen by his account.
			ReferralStub.context(wiremock, new Case(requestId).treatingDoctorKnownByAgbOnly());

			mvc.perform(Tus.head(location).with(Users.jansen())).andExpect(status().isNotFound());
			patch(Users.jansen(), location, letter, 100, 1000).andExpect(status().isNotFound());
			assertThat(state(location).getLong("offset")).isEqualTo(100);
		}

	}

	@Nested
	class Completion {

		@Test
		void aRefusedFileIsAnsweredLikeAMultipartUploadAndNothingOfItStays() throws Exception {
			long files = contentFiles();
			long chunks = contentChunks();
			byte[] photo = Arrays.copyOf(JPEG, 200_000);
			String location = created(Users.anna(), photo.length, imaging("mri.dcm"));
			patch(Users.anna(), location, photo, 0, 120_000).andExpect(status().isNoContent());
			List<ObjectId> pieces = pieces(location);

			patch(Users.anna(), location, photo, 120_000, photo.length).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("Tus-Resumable", Tus.VERSION))
				.andExpect(jsonPath("$.type").value(PROBLEMS + "imaging-not-dicom"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DICOM")));

			assertThat(contentFiles()).isEqualTo(files);
			assertThat(contentChunks()).isEqualTo(chunks);
			assertThat(pieces).allSatisfy((piece) -> assertThat(chunksOf(piece)).isZero());
			assertThat(state(location)).isNull();
			mvc.perform(Tus.head(location).with(Users.anna())).andExpect(status().isNotFound());
			mvc.perform(get("/api/dossiers/{id}/documents", requestId).with(Users.anna()))
				.andExpect(jsonPath("$", hasSize(0)));
			assertThat(accessLog("DOCUMENT_CREATE", "SUCCESS")).isEmpty();
		}

		@Test
		void whenTheStoredPiecesCannotBeReadBack_then503AndTheLastPartIsAskedAgain() throws Exception {
			byte[] letter = pdf(300_000);
			String location = created(Users.anna(), letter.length, letter("brief.pdf"));
			patch(Users.anna(), location, letter, 0, 200_000).andExpect(status().isNoContent());
			ObjectId firstPiece = pieces(location).get(0);
			Document chunk = mongo.findOne(Query.query(Criteria.where("files_id").is(firstPiece)), Document.class,
					"content.chunks");
			byte[] data = chunk.get("data", Binary.class).getData();
			data[data.length / 2] ^= 0x01;
			mongo.updateFirst(Query.query(Criteria.where("_id").is(chunk.get("_id"))),
					Update.update("data", new Binary(data)), "content.chunks");
			long files = contentFiles();

			patch(Users.anna(), location, letter, 200_000, letter.length).andExpect(status().isServiceUnavailable())
				.andExpect(header().exists("Retry-After"))
				.andExpect(jsonPath("$.type").value(PROBLEMS + "upload-not-completed"));

			assertThat(offset(Users.anna(), location)).as("the last part is asked again").isEqualTo(200_000);
			assertThat(pieces(location)).containsExactly(firstPiece);
			assertThat(state(location).get("writer")).isNull();
			assertThat(contentFiles()).as("neither the last piece nor a document stays").isEqualTo(files);
			assertThat(accessLog("DOCUMENT_CREATE", "SUCCESS")).isEmpty();
		}

		@Test
		void anEmptyFileIsCheckedAtCreationLikeAnEmptyMultipartFile() throws Exception {
			long files = contentFiles();

			create(Users.anna(), 0, letter("leeg.pdf")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-content"));

			assertThat(contentFiles()).isEqualTo(files);
		}

	}

	@Nested
	class Termination {

		@Test
		void theUploadAndItsChunksAreRemoved() throws Exception {
			byte[] letter = pdf(3 * MIB);
			String location = created(Users.anna(), letter.length, letter("brief.pdf"));
			patch(Users.anna(), location, letter, 0, 2 * MIB + 5).andExpect(status().isNoContent());
			List<ObjectId> pieces = pieces(location);
			assertThat(chunksOf(pieces.get(0))).isEqualTo(3);

			mvc.perform(Tus.terminate(location).with(Users.anna()))
				.andExpect(status().isNoContent())
				.andExpect(header().string("Tus-Resumable", Tus.VERSION));

			assertThat(chunksOf(pieces.get(0))).isZero();
			assertThat(state(location)).isNull();
			mvc.perform(Tus.head(location).with(Users.anna())).andExpect(status().isNotFound());
			patch(Users.anna(), location, letter, 2 * MIB + 5, letter.length).andExpect(status().isNotFound());
		}

	}

	/** A PDF of the given size: the magic bytes, then filler. */
	static byte[] pdf(int size) {
		byte[] pdf = new byte[size];
		byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, pdf, 0, Math.min(head.length, size));
		for (int i = head.length; i < size; i++) {
			pdf[i] = (byte) (i * 31);
		}
		return pdf;
	}

}
