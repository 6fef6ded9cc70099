package nl.secondopinion.referral.request;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.testing.EmbeddedMongo;

import static nl.secondopinion.referral.request.Fixtures.ANNA;
import static nl.secondopinion.referral.request.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataMongoTest
@Import(Requests.class)
class RequestsIT {

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("referral-requests"));
	}

	@Autowired
	Requests requests;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void empty() {
		this.mongo.remove(new Query(), "requests");
	}

	@Test
	void aRequestLateInTheJourneyReadsBackWithEveryPart() {
		SecondOpinionRequest request = Fixtures.consulted("10000000-0000-4000-8000-000000000001");
		request.writeReport(Fixtures.actor(Fixtures.BAKKER, "consultant"), Fixtures.report(true), NOW);
		SecondOpinionRequest saved = this.requests.save(request);

		SecondOpinionRequest loaded = this.requests.findById(saved.id()).orElseThrow();

		assertThat(loaded.version()).isZero();
		assertThat(loaded.status()).isEqualTo(RequestStatus.TRANSFER_OF_CARE_PROPOSED);
		assertThat(loaded.patient()).isEqualTo(saved.patient());
		assertThat(loaded.treatingDoctor()).isEqualTo(saved.treatingDoctor());
		assertThat(loaded.referral()).isEqualTo(saved.referral());
		assertThat(loaded.consultant()).isEqualTo(saved.consultant());
		assertThat(loaded.appointment()).isEqualTo(saved.appointment());
		assertThat(loaded.report()).isEqualTo(saved.report());
		assertThat(loaded.timeline()).isEqualTo(saved.timeline());
		assertThat(loaded.outbox()).isEqualTo(saved.outbox());
		assertThat(loaded.hasPendingEvents()).isTrue();
		assertThat(this.requests.otherRequestsOf(ANNA.id(), "10000000-0000-4000-8000-00000000ffff")).hasSize(1);
		assertThat(this.requests.otherRequestsOf(ANNA.id(), saved.id())).isEmpty();
	}

	@Test
	void savingAStaleCopyFailsInsteadOfOverwritingANewerOne() {
		String id = "10000000-0000-4000-8000-000000000002";
		this.requests.save(Fixtures.draft(id));
		SecondOpinionRequest first = this.requests.findById(id).orElseThrow();
		SecondOpinionRequest second = this.requests.findById(id).orElseThrow();
		first.submit(Fixtures.actor(ANNA, "patient"), List.of(), NOW);
		second.withdraw(Fixtures.actor(ANNA, "patient"), null, NOW);

		this.requests.save(first);

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.requests.save(second));
		assertThat(this.requests.findById(id).orElseThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void insertingANewRequestWithATakenIdFails() {
		this.requests.save(Fixtures.draft("10000000-0000-4000-8000-000000000003"));

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.requests.save(Fixtures.draft("10000000-0000-4000-8000-000000000003")));
	}

	@Test
	void sentEventsAreMarkedOnlyWhenNobodyChangedTheRequestMeanwhile() {
		String id = "10000000-0000-4000-8000-000000000004";
		SecondOpinionRequest saved = this.requests.save(Fixtures.submitted(id));
		assertThat(this.requests.withPendingEvents(10)).extracting(SecondOpinionRequest::id).containsExactly(id);
		String eventId = saved.unsentEvents().get(0).eventId();

		SecondOpinionRequest stale = this.requests.findById(id).orElseThrow();
		SecondOpinionRequest current = this.requests.findById(id).orElseThrow();
		current.withdraw(Fixtures.actor(ANNA, "patient"), null, NOW);
		this.requests.save(current);
		assertThat(this.requests.markSent(stale, Set.of(eventId), NOW)).isFalse();

		SecondOpinionRequest fresh = this.requests.findById(id).orElseThrow();
		assertThat(this.requests.markSent(fresh, Set.of(eventId), NOW)).isTrue();
		SecondOpinionRequest after = this.requests.findById(id).orElseThrow();
		assertThat(after.unsentEvents()).as("the concurrent change queued its own event, still to be sent")
			.singleElement()
			.satisfies((event) -> assertThat(event.type()).isEqualTo(EventType.REQUEST_WITHDRAWN));
		assertThat(after.hasPendingEvents()).isTrue();
		assertThat(after.version()).isEqualTo(fresh.version());

		String withdrawn = after.unsentEvents().get(0).eventId();
		assertThat(this.requests.markSent(after, Set.of(withdrawn), NOW)).isTrue();
		SecondOpinionRequest done = this.requests.findById(id).orElseThrow();
		assertThat(done.unsentEvents()).isEmpty();
		assertThat(done.hasPendingEvents()).isFalse();
		assertThat(this.requests.withPendingEvents(10)).isEmpty();
	}

	@Test
	void candidatesReachEachPartyByTheirLink() {
		this.requests.save(Fixtures.assigned("10000000-0000-4000-8000-000000000005"));
		this.requests.save(Fixtures.draft("10000000-0000-4000-8000-000000000006"));

		assertThat(this.requests.candidatesFor(Fixtures.ANNA)).hasSize(2);
		assertThat(this.requests.candidatesFor(Fixtures.DEVRIES)).hasSize(2);
		assertThat(this.requests.candidatesFor(Fixtures.BAKKER)).hasSize(1);
		assertThat(this.requests.candidatesFor(Fixtures.INTAKE)).hasSize(1);
		assertThat(this.requests.candidatesFor(Fixtures.BRAM)).isEmpty();
		assertThat(this.requests.candidatesFor(Fixtures.MEDIATOR)).isEmpty();
	}

}
