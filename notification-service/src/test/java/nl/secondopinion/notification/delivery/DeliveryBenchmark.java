package nl.secondopinion.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.secondopinion.notification.event.NotificationEvent;
import nl.secondopinion.notification.support.DemoRealm;
import nl.secondopinion.notification.support.Eventually;
import nl.secondopinion.notification.support.Mailbox;
import nl.secondopinion.testing.EmbeddedMongo;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Not part of the build (neither *Test nor *IT): run it on its own, see the README. Sends
 * N events through the service to GreenMail and, in the same run, N direct sequential
 * SMTP sends with the same mail client, then compares throughput and the latency from
 * "event stored" to "mail accepted by the SMTP server".
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveryBenchmark {

	private static final int N = Integer.getInteger("bench.events", 500);

	private static final String POLL = System.getProperty("bench.poll-interval", "1s");

	private static final WireMockServer keycloak = new WireMockServer(options().dynamicPort());

	private static final Mailbox mail = new Mailbox();

	static {
		keycloak.start();
		DemoRealm.stub(keycloak);
	}

	@DynamicPropertySource
	static void stack(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("notification-benchmark"));
		registry.add("keycloak.url", keycloak::baseUrl);
		registry.add("spring.mail.port", mail::port);
		registry.add("secondopinion.notification.delivery.poll-interval", () -> POLL);
		registry.add("logging.level.nl.secondopinion", () -> "warn");
		registry.add("logging.level.nl.secondopinion.access", () -> "warn");
	}

	@AfterAll
	static void stop() {
		keycloak.stop();
		mail.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	JavaMailSender sender;

	@Test
	void throughputAndLatencyAgainstDirectSmtp() throws Exception {
		// Warm-up of both paths (JIT, connections, token and contact caches).
		direct(50);
		throughService(50, "warmup", Duration.ZERO);
		mail.purge();

		List<Long> directNanos = direct(N);
		long directTotal = directNanos.stream().mapToLong(Long::longValue).sum();
		mail.purge();

		// Throughput: all N events handed over as fast as the intake takes them.
		long start = System.nanoTime();
		List<Duration> burstLatencies = throughService(N, "burst", Duration.ZERO);
		long serviceTotal = System.nanoTime() - start;
		mail.purge();
		// Latency: N events arriving at the rate a direct sequential sender manages, so
		// that
		// the figure is the service's own delay, not a queue the benchmark built up.
		Duration pace = Duration.ofNanos(percentile(directNanos, 50));
		List<Duration> latencies = throughService(N, "paced", pace);

		double directPerSecond = N / (directTotal / 1e9);
		double servicePerSecond = N / (serviceTotal / 1e9);
		Duration directMedian = Duration.ofNanos(percentile(directNanos, 50));
		Duration directP99 = Duration.ofNanos(percentile(directNanos, 99));
		List<Long> latencyNanos = latencies.stream().map(Duration::toNanos).collect(Collectors.toList());
		Duration p50 = Duration.ofNanos(percentile(latencyNanos, 50));
		Duration p99 = Duration.ofNanos(percentile(latencyNanos, 99));
		Duration burstP99 = Duration
			.ofNanos(percentile(burstLatencies.stream().map(Duration::toNanos).collect(Collectors.toList()), 99));
		Duration bound = Duration.parse("PT" + POLL.toUpperCase()).plus(directMedian.multipliedBy(2));

		System.out.printf("""

				== notification delivery benchmark: N=%d, poll interval %s, %d workers, %d cores
				direct sequential SMTP: %.0f mails/s, send median %.2f ms, p99 %.2f ms
				through the service:    %.0f mails/s (%.2fx direct); in that burst p99 stored -> accepted %.1f ms
				paced at one event per direct send (%.1f ms): stored -> accepted p50 %.1f ms, p99 %.1f ms
				                        (bound: poll + 2x direct send = %.1f ms)
				%n""", N, POLL, 4, Runtime.getRuntime().availableProcessors(), directPerSecond, ms(directMedian),
				ms(directP99), servicePerSecond, servicePerSecond / directPerSecond, ms(burstP99), ms(pace), ms(p50),
				ms(p99), ms(bound));

		assertThat(servicePerSecond).as("throughput").isGreaterThanOrEqualTo(0.5 * directPerSecond);
		assertThat(p99).as("p99 stored to accepted").isLessThanOrEqualTo(bound);
	}

	private List<Long> direct(int count) throws Exception {
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			MimeMessage message = this.sender.createMimeMessage();
			message.setFrom("no-reply@secondopinion.example");
			message.setRecipients(jakarta.mail.Message.RecipientType.TO, "direct" + i + "@bench.example");
			message.setSubject("Nieuw bericht van Second Opinion", "UTF-8");
			message.setText("Er staat een nieuw bericht voor u klaar. Log in: https://portal.example/requests/x",
					"UTF-8");
			long before = System.nanoTime();
			this.sender.send(message);
			nanos.add(System.nanoTime() - before);
		}
		return nanos;
	}

	/**
	 * Posts the events one after another, then waits for all mails; per-event latencies.
	 */
	private List<Duration> throughService(int count, String prefix, Duration pace) throws Exception {
		String[] users = DemoRealm.ALL.stream().map(DemoRealm.User::id).toArray(String[]::new);
		for (int i = 0; i < count; i++) {
			String body = """
					{"eventId": "%s-%d", "type": "REQUEST_SUBMITTED", "requestId": "req-%d",
					 "recipients": [{"userId": "%s", "role": "patient"}]}""".formatted(prefix, i, i,
					users[i % users.length]);
			this.mvc
				.perform(post("/internal/events").with(TestTokens.service("referral-service"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isAccepted());
			if (!pace.isZero()) {
				Thread.sleep(pace.toMillis(), pace.toNanosPart() % 1_000_000);
			}
		}
		Eventually.within(Duration.ofMinutes(5), count + " mails",
				() -> this.mongo.count(
						new Query(Criteria.where("eventId").regex("^" + prefix + "-").and("status").is("SENT")),
						Delivery.class) == count);
		Map<String, Instant> stored = this.mongo
			.find(new Query(Criteria.where("_id").regex("^" + prefix + "-")), NotificationEvent.class)
			.stream()
			.collect(Collectors.toMap(NotificationEvent::id, NotificationEvent::receivedAt));
		return this.mongo.find(new Query(Criteria.where("eventId").regex("^" + prefix + "-")), Delivery.class)
			.stream()
			.map((d) -> Duration.between(stored.get(d.eventId()), d.sentAt()))
			.toList();
	}

	private static long percentile(List<Long> values, int percentile) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static double ms(Duration duration) {
		return duration.toNanos() / 1e6;
	}

}
