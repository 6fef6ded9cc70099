package nl.secondopinion.notification.delivery;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.secondopinion.notification.NotificationServiceApplication;
import nl.secondopinion.notification.support.DemoRealm;
import nl.secondopinion.notification.support.Eventually;
import nl.secondopinion.notification.support.Mailbox;
import nl.secondopinion.testing.EmbeddedMongo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real crash: the service runs as a child JVM against this JVM's MongoDB, GreenMail and
 * WireMock; it is killed with SIGKILL in the middle of a batch of mails and started again
 * against the same database. Nothing may be lost and no mail may arrive twice.
 */
class CrashRecoveryIT {

	private static final int EVENTS = 240;

	private static final int WORKERS = 4;

	private static final String DATABASE = "notification-crash";

	private static final WireMockServer keycloak = new WireMockServer(options().dynamicPort());

	private static Mailbox mail;

	private static MongoClient client;

	private static MongoDatabase db;

	private final List<Process> children = new ArrayList<>();

	@BeforeAll
	static void outside() {
		keycloak.start();
		DemoRealm.stub(keycloak);
		// Every recipient of the batch is a user of its own, reached at
		// <id>@load.example.
		keycloak.stubFor(get(urlPathMatching(DemoRealm.ADMIN + "/users/load-.*")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"id\": \"{{request.pathSegments.[4]}}\", \"email\": \"{{request.pathSegments.[4]}}@load.example\","
							+ " \"enabled\": true, \"attributes\": {\"locale\": [\"nl\"]}}")
			.withTransformers("response-template")));
		mail = new Mailbox();
		client = MongoClients.create(EmbeddedMongo.uri(DATABASE));
		db = client.getDatabase(DATABASE);
	}

	@AfterAll
	static void stopOutside() {
		client.close();
		keycloak.stop();
		mail.stop();
	}

	@AfterEach
	void killChildren() {
		this.children.forEach(Process::destroyForcibly);
	}

	@Test
	void aKillInTheMiddleOfABatchLosesNothingAndSendsNothingTwice() throws Exception {
		storeEvents();

		Process first = startService("first");
		Eventually.within(Duration.ofSeconds(90), "the first instance sending part of the batch",
				() -> count("SENT") >= 40);
		first.destroyForcibly();
		assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
		long sentBeforeKill = count("SENT");
		long inFlightAtKill = count("SENDING");
		assertThat(sentBeforeKill).as("the kill interrupted the batch").isLessThan(EVENTS);

		startService("second");
		Eventually.within(Duration.ofSeconds(120), "every delivery finished", () -> {
			long open = db.getCollection("deliveries")
				.countDocuments(Filters.in("status", "PENDING", "RETRY", "CLAIMED", "SENDING"));
			return open == 0 && db.getCollection("deliveries").countDocuments() == EVENTS
					&& db.getCollection("events").countDocuments(Filters.eq("status", "DISPATCHED")) == EVENTS;
		});
		Thread.sleep(500);

		// Nothing lost: one inbox entry and one e-mail delivery per event.
		assertThat(db.getCollection("notifications").countDocuments()).isEqualTo(EVENTS);
		assertThat(count("SENT")).isGreaterThan(sentBeforeKill);
		// Nothing twice: each delivery id reached GreenMail at most once.
		Map<String, Integer> mailsPerDelivery = new HashMap<>();
		for (MimeMessage message : mail.all()) {
			mailsPerDelivery.merge(Mailbox.header(message, "X-SecondOpinion-Delivery"), 1, Integer::sum);
		}
		assertThat(mailsPerDelivery.values()).allMatch((n) -> n == 1);
		// Every delivery that says SENT was received; in doubt are only the ones a worker
		// had in hand at the kill, and they wait for an admin instead of being resent.
		for (Document sent : db.getCollection("deliveries").find(Filters.eq("status", "SENT"))) {
			assertThat(mailsPerDelivery).containsKey(sent.getString("_id"));
		}
		long inDoubt = db.getCollection("deliveries")
			.countDocuments(Filters.and(Filters.eq("status", "DEAD"), Filters.eq("deadReason", "IN_DOUBT")));
		assertThat(inDoubt).isEqualTo(inFlightAtKill).isLessThanOrEqualTo(WORKERS);
		assertThat(count("SENT") + inDoubt).isEqualTo(EVENTS);
		System.out.printf("crash recovery: %d of %d sent before the kill, %d in doubt, %d mails received%n",
				sentBeforeKill, EVENTS, inDoubt, mail.all().size());
		assertThat(mail.all().size()).isBetween((int) count("SENT"), (int) (count("SENT") + inDoubt));
	}

	private static long count(String status) {
		return db.getCollection("deliveries").countDocuments(Filters.eq("status", status));
	}

	private static void storeEvents() {
		Date now = new Date();
		List<Document> events = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			events.add(new Document("_id", "crash-" + i).append("type", "REQUEST_SUBMITTED")
				.append("occurredAt", now)
				.append("source", "referral-service")
				.append("requestId", "req-" + i)
				.append("recipients", List.of(new Document("userId", "load-" + i).append("role", "patient")))
				.append("recipientGroups", List.of())
				.append("data", new Document())
				.append("receivedAt", now)
				.append("status", "RECEIVED")
				.append("attempts", 0)
				.append("nextAttemptAt", now)
				.append("leaseUntil", new Date(0)));
		}
		db.getCollection("events").insertMany(events);
	}

	private Process startService(String name) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path log = Path.of("target", "crash-recovery-" + name + ".log");
		Files.createDirectories(log.getParent());
		List<String> command = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), NotificationServiceApplication.class.getName(),
				"--server.port=0", "--management.server.port=-1", "--spring.mongodb.uri=" + EmbeddedMongo.uri(DATABASE),
				"--keycloak.url=" + keycloak.baseUrl(), "--spring.mail.port=" + mail.port(),
				"--logging.structured.format.console=", "--secondopinion.notification.delivery.workers=" + WORKERS,
				"--secondopinion.notification.delivery.poll-interval=100ms",
				"--secondopinion.notification.delivery.claim-lease=2s",
				"--secondopinion.notification.delivery.send-lease=3s");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File("."))
			.start();
		this.children.add(process);
		return process;
	}

}
