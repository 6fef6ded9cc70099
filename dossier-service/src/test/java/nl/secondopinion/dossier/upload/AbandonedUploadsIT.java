package nl.secondopinion.dossier.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.ReferralStub.Case;
import nl.secondopinion.dossier.Tus;
import nl.secondopinion.dossier.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The removal of abandoned uploads, as several replicas would run it: an upload goes only
 * if nothing touched it since the cleanup looked, and with all its chunks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AbandonedUploadsIT {

	private static final Duration ABANDON_AFTER = Duration.ofHours(24);

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-abandoned-uploads-it");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AbandonedUploads cleanup;

	@Autowired
	Uploads uploads;

	private String requestId;

	@BeforeEach
	void freshCase() {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		this.requestId = UUID.randomUUID().toString();
		ReferralStub.context(wiremock, new Case(this.requestId));
	}

	/** An upload with one stored piece of {@code bytes}; answers its id. */
	private String uploadWithAPiece(int bytes) throws Exception {
		String location = this.mvc
			.perform(Tus.create(this.requestId, 10L * bytes, Map.of("type", "OTHER", "filename", "scan.zip"))
				.with(Users.anna()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(Tus.patch(location, 0, new byte[bytes]).with(Users.anna())).andExpect(status().isNoContent());
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private void lastActive(String uploadId, Duration ago) {
		set(uploadId, "lastActivityAt", Date.from(Instant.now().minus(ago)));
	}

	private void set(String uploadId, String field, Object value) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(uploadId)), Update.update(field, value), "uploads");
	}

	private ResumableUpload upload(String id) {
		return this.uploads.find(id).orElseThrow();
	}

	private List<ObjectId> contentOf(String uploadId) {
		return upload(uploadId).contentIds().stream().map(ObjectId::new).toList();
	}

	private long chunks(List<ObjectId> contentIds) {
		return this.mongo.getCollection("content.chunks")
			.countDocuments(new Document("files_id", new Document("$in", contentIds)));
	}

	@Test
	void anUploadUntouchedForTheConfiguredTimeGoesWithItsChunksAndAFreshOneStays() throws Exception {
		String abandoned = uploadWithAPiece(2 * 1024 * 1024);
		String fresh = uploadWithAPiece(1000);
		List<ObjectId> abandonedContent = contentOf(abandoned);
		assertThat(chunks(abandonedContent)).isEqualTo(3);
		lastActive(abandoned, ABANDON_AFTER.plusMinutes(1));
		lastActive(fresh, ABANDON_AFTER.minusMinutes(1));

		assertThat(this.cleanup.removeAbandoned()).isEqualTo(1);

		assertThat(this.uploads.find(abandoned)).isEmpty();
		assertThat(chunks(abandonedContent)).isZero();
		assertThat(this.uploads.find(fresh)).isPresent();
		assertThat(chunks(contentOf(fresh))).isEqualTo(1);
	}

	@Test
	void anUploadARequestStillHoldsStaysAndOneWhoseRequestStoppedGoesWithThatRequestsChunks() throws Exception {
		String held = uploadWithAPiece(1000);
		lastActive(held, ABANDON_AFTER.plusHours(1));
		ObjectId unrecorded = new ObjectId();
		this.mongo.getCollection("content.chunks")
			.insertOne(new Document("files_id", unrecorded).append("n", 0).append("data", new byte[10]));
		set(held, "writer", new Document("token", "t").append("contentId", unrecorded.toHexString())
			.append("until", Date.from(Instant.now().plusSeconds(60))));

		this.cleanup.removeAbandoned();
		assertThat(this.uploads.find(held)).isPresent();

		set(held, "writer.until", Date.from(Instant.now().minusSeconds(1)));
		List<ObjectId> content = contentOf(held);
		assertThat(content).contains(unrecorded);

		this.cleanup.removeAbandoned();
		assertThat(this.uploads.find(held)).isEmpty();
		assertThat(chunks(content)).isZero();
	}

	@Test
	void aRemovalLosesToAnyChangeSinceTheCleanupLookedAndOnlyOneReplicaRemoves() throws Exception {
		String id = uploadWithAPiece(1000);
		lastActive(id, ABANDON_AFTER.plusHours(1));
		ResumableUpload seenByBoth = upload(id);

		// A request went on meanwhile.
		set(id, "version", seenByBoth.version() + 1);
		assertThat(this.uploads.remove(id, seenByBoth, Instant.now())).isFalse();
		assertThat(this.uploads.find(id)).isPresent();

		ResumableUpload seen = upload(id);
		assertThat(this.uploads.remove(id, seen, Instant.now())).isTrue();
		assertThat(this.uploads.remove(id, seen, Instant.now())).as("the second replica").isFalse();
		assertThat(this.uploads.find(id)).isEmpty();
	}

	@Test
	void aRemovalCutShortIsFinishedLater() throws Exception {
		String id = uploadWithAPiece(1000);
		List<ObjectId> content = contentOf(id);
		set(id, "status", "REMOVING");
		lastActive(id, Duration.ofMinutes(5));

		this.cleanup.removeAbandoned();

		assertThat(this.uploads.find(id)).isEmpty();
		assertThat(chunks(content)).isZero();
	}

	@Test
	void theRecordOfACompletedUploadGoesAfterTheSameTime() throws Exception {
		String id = uploadWithAPiece(1000);
		set(id, "status", "COMPLETED");
		set(id, "documentId", "some-document");
		lastActive(id, ABANDON_AFTER.plusMinutes(1));

		this.cleanup.removeAbandoned();

		assertThat(this.uploads.find(id)).isEmpty();
	}

	@Test
	void aDestroyedDossierTakesItsUnfinishedUploadsAlong() throws Exception {
		String id = uploadWithAPiece(1000);
		List<ObjectId> content = contentOf(id);
		this.mvc.perform(post("/api/dossiers/{id}/destruction-request", this.requestId).with(Users.anna()))
			.andExpect(status().isOk());

		assertThat(this.uploads.find(id)).isEmpty();
		assertThat(chunks(content)).isZero();
	}

}
