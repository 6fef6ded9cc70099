package nl.secondopinion.referral.request;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.testing.EmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataMongoTest
@Import(Requests.class)
class RequestsIT {

	private static final UserReference ANNA = new UserReference("5e0c0000-0000-4000-8000-000000000001", "anna");

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("referral-requests"));
	}

	@Autowired
	Requests requests;

	private static SecondOpinionRequest draft(String id) {
		return SecondOpinionRequest
			.draft(id, ANNA,
					new NewRequest(new Question("Is an operation really the only option?"), Reason.CONFIRMATION,
							"neurology", new InsurerReference("3311", "P-1")),
					Instant.parse("2026-11-22T10:15:30.123Z"));
	}

	@Test
	void aSavedRequestReadsBackWithEveryFieldAndItsTimeline() {
		SecondOpinionRequest saved = this.requests.save(draft("10000000-0000-4000-8000-000000000001"));

		SecondOpinionRequest loaded = this.requests.findById(saved.id()).orElseThrow();

		assertThat(loaded.snapshot()).isEqualTo(saved.snapshot());
		assertThat(loaded.snapshot().version()).isZero();
		assertThat(loaded.timeline()).hasSize(1);
	}

	@Test
	void savingAStaleCopyFailsInsteadOfOverwritingANewerOne() {
		SecondOpinionRequest saved = this.requests.save(draft("10000000-0000-4000-8000-000000000002"));
		this.requests.save(saved);

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.requests.save(saved));
	}

	@Test
	void insertingANewRequestWithATakenIdFails() {
		this.requests.save(draft("10000000-0000-4000-8000-000000000003"));

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.requests.save(draft("10000000-0000-4000-8000-000000000003")));
	}

}
