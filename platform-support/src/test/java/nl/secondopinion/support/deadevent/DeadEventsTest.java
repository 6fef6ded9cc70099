package nl.secondopinion.support.deadevent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import nl.secondopinion.support.feign.ReceivedProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** The store on the in-memory MongoDB wire-protocol server the services' tests use. */
class DeadEventsTest {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + bind(server) + "/dead-events-test");

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

	private final MongoTemplate mongo = new MongoTemplate(client, "dead-events-test");

	private final DeadEvents deadEvents = new DeadEvents(this.mongo, this.clock, "referral-service");

	private static int bind(MongoServer server) {
		server.bind("127.0.0.1", 0);
		return server.getLocalAddress().getPort();
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@BeforeEach
	void empty() {
		this.mongo.dropCollection(DeadEvents.COLLECTION);
	}

	private static EventRefusedException refused(int status, String problemType) {
		return new EventRefusedException(status, new ReceivedProblem(problemType, "Invalid event", "Bad recipients."),
				"{\"eventId\":\"e-1\",\"type\":\"REQUEST_SUBMITTED\"}");
	}

	@Test
	void whenParked_thenTheEntryHasTheEventItsReasonAndTheJsonAsSent() {
		this.deadEvents.park("e-1", "REQUEST_SUBMITTED", "r-1",
				refused(422, "https://secondopinion.nl/problems/invalid-event"));

		DeadEvent dead = this.deadEvents.find("e-1").orElseThrow();
		assertThat(dead.type()).isEqualTo("REQUEST_SUBMITTED");
		assertThat(dead.requestId()).isEqualTo("r-1");
		assertThat(dead.source()).isEqualTo("referral-service");
		assertThat(dead.reason()).isEqualTo(new DeadEvent.Reason(422, "https://secondopinion.nl/problems/invalid-event",
				"Invalid event", "Bad recipients."));
		assertThat(dead.refusedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
		assertThat(dead.refusals()).isEqualTo(1);
		assertThat(dead.event()).isEqualTo("{\"eventId\":\"e-1\",\"type\":\"REQUEST_SUBMITTED\"}");
	}

	@Test
	void whenTheSameEventIsParkedAgain_thenItStaysOneEntryWithTheLatestReason() {
		this.deadEvents.park("e-1", "REQUEST_SUBMITTED", "r-1", refused(422, "https://x/first"));
		this.clock.move(60);
		this.deadEvents.park("e-1", "REQUEST_SUBMITTED", "r-1", new EventRefusedException(400, null, "{}"));

		assertThat(this.deadEvents.newestFirst(0, 10)).singleElement().satisfies((dead) -> {
			assertThat(dead.reason()).isEqualTo(new DeadEvent.Reason(400, null, null, null));
			assertThat(dead.refusals()).isEqualTo(2);
			assertThat(dead.firstRefusedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
			assertThat(dead.refusedAt()).isEqualTo(Instant.parse("2026-12-01T10:01:00Z"));
		});
	}

	@Test
	void whenListed_thenTheNewestRefusalComesFirstPageByPage() {
		for (String id : new String[] { "e-1", "e-2", "e-3" }) {
			this.deadEvents.park(id, "REQUEST_SUBMITTED", null, refused(422, "https://x/t"));
			this.clock.move(1);
		}

		assertThat(this.deadEvents.newestFirst(0, 2)).extracting(DeadEvent::eventId).containsExactly("e-3", "e-2");
		assertThat(this.deadEvents.newestFirst(1, 2)).extracting(DeadEvent::eventId).containsExactly("e-1");
	}

	@Test
	void whenRemoved_thenItIsGone() {
		this.deadEvents.park("e-1", "REQUEST_SUBMITTED", "r-1", refused(422, "https://x/t"));

		this.deadEvents.remove("e-1");

		assertThat(this.deadEvents.find("e-1")).isEmpty();
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(long seconds) {
			this.now = this.now.plusSeconds(seconds);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
