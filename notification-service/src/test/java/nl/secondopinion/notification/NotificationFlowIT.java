package nl.secondopinion.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.notification.delivery.Delivery;
import nl.secondopinion.notification.delivery.DeliveryStatus;
import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.preference.Channel;
import nl.secondopinion.notification.support.DemoRealm;
import nl.secondopinion.notification.support.DemoRealm.User;
import nl.secondopinion.notification.support.Eventually;
import nl.secondopinion.notification.support.Mailbox;
import nl.secondopinion.testing.EmbeddedMongo;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service end to end inside one JVM: MockMvc in front, real SMTP (GreenMail), and
 * WireMock playing Keycloak's admin API and the SMS provider.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationFlowIT {

	private static final String QUESTION = "Is an operation really the only option for my hernia?";

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final WireMockServer outside = new WireMockServer(options().dynamicPort());

	private static final Mailbox mail = new Mailbox();

	static {
		outside.start();
	}

	@DynamicPropertySource
	static void stack(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("notification-flow"));
		registry.add("keycloak.url", outside::baseUrl);
		registry.add("spring.mail.port", mail::port);
		registry.add("secondopinion.notification.sms.url", () -> outside.baseUrl() + "/sms");
		registry.add("secondopinion.notification.links.portal-url", () -> "https://portal.example");
		registry.add("secondopinion.notification.keycloak.cache-ttl", () -> "0s");
		registry.add("secondopinion.notification.delivery.poll-interval", () -> "100ms");
		registry.add("secondopinion.notification.delivery.initial-backoff", () -> "200ms");
		registry.add("secondopinion.notification.delivery.max-backoff", () -> "1s");
		registry.add("secondopinion.notification.delivery.max-attempts", () -> "4");
	}

	@AfterAll
	static void stopOutside() {
		outside.stop();
		mail.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	CircuitBreakerRegistry breakers;

	@BeforeEach
	void freshState() {
		outside.resetAll();
		DemoRealm.stub(outside);
		outside.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"sms-1\", \"status\": \"ACCEPTED\"}")));
		mail.purge();
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		for (String collection : List.of("events", "notifications", "deliveries", "preferences")) {
			this.mongo.remove(new Query(), collection);
		}
	}

	private static RequestPostProcessor token(User user) {
		return TestTokens.user(user.id(), user.username(), Map.of("locale", user.locale()), user.role());
	}

	private static String event(String eventId, String type, String recipients, String groups, String data) {
		return """
				{"eventId": "%s", "type": "%s", "occurredAt": "2026-11-23T12:00:00Z", "source": "referral-service",
				 "requestId": "req-0001", "recipients": [%s], "recipientGroups": [%s], "data": {%s}}"""
			.formatted(eventId, type, recipients, groups, data);
	}

	private static String to(User user) {
		return "{\"userId\": \"%s\", \"role\": \"%s\"}".formatted(user.id(), user.role());
	}

	private ResultActions send(String body) throws Exception {
		return this.mvc.perform(mvcPost("/internal/events").with(TestTokens.service("referral-service"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static MockHttpServletRequestBuilder mvcPost(String path, Object... variables) {
		return MockMvcRequestBuilders.post(path, variables);
	}

	private List<Delivery> deliveries(String eventId) {
		return this.mongo.find(new Query(Criteria.where("eventId").is(eventId)), Delivery.class);
	}

	private void awaitMails(String address, int count) {
		Eventually.within(WAIT, count + " mail(s) to " + address, () -> mail.to(address).size() >= count);
	}

	private void awaitStatus(String eventId, DeliveryStatus status) {
		Eventually.within(WAIT, "deliveries of " + eventId + " " + status, () -> {
			List<Delivery> all = deliveries(eventId);
			return !all.isEmpty() && all.stream().allMatch((d) -> d.status() == status);
		});
	}

	@Nested
	class Intake {

		@Test
		void aNewEventIsStoredWith202AndARedeliveryIsIgnoredWith200() throws Exception {
			String body = event("evt-dup-1", "REQUEST_SUBMITTED", to(DemoRealm.ANNA), "", "");

			send(body).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("STORED"));
			send(body).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DUPLICATE"));
			awaitStatus("evt-dup-1", DeliveryStatus.SENT);
			send(body).andExpect(status().isOk());
			Thread.sleep(500);

			assertThat(mongo.count(new Query(), "events")).isEqualTo(1);
			assertThat(mongo.count(new Query(), "notifications")).isEqualTo(1);
			assertThat(mail.to(DemoRealm.ANNA.email())).hasSize(1);
		}

		@Test
		void concurrentRedeliveriesStoreTheEventOnceAndMailOnce() throws Exception {
			String body = event("evt-race-1", "DOSSIER_COMPLETE", to(DemoRealm.ANNA), "", "");
			ExecutorService pool = Executors.newFixedThreadPool(6);
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				calls.add(() -> send(body).andReturn().getResponse().getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(calls)) {
				statuses.add(result.get());
			}
			pool.shutdown();

			assertThat(statuses).containsOnly(200, 202).filteredOn((s) -> s == 202).hasSize(1);
			awaitMails(DemoRealm.ANNA.email(), 1);
			Thread.sleep(500);
			assertThat(mail.to(DemoRealm.ANNA.email())).hasSize(1);
		}

		@Test
		void anEventWithoutRecipientsOrWithAnUnknownTypeIs400Problem() throws Exception {
			send(event("evt-bad-1", "REQUEST_SUBMITTED", "", "", "")).andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/invalid-event"));
			send(event("evt-bad-2", "SOMETHING_ELSE", to(DemoRealm.ANNA), "", "")).andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
			send(event("evt bad 3", "REQUEST_SUBMITTED", to(DemoRealm.ANNA), "", ""))
				.andExpect(status().isBadRequest());
			send(event("evt-bad-4", "REQUEST_SUBMITTED", "", "{\"kind\": \"INTAKE_COORDINATORS\"}", ""))
				.andExpect(status().isBadRequest());

			assertThat(mongo.count(new Query(), "events")).isZero();
		}

		@Test
		void onlyServicesMayHandOverEvents() throws Exception {
			String body = event("evt-auth-1", "REQUEST_SUBMITTED", to(DemoRealm.ANNA), "", "");

			mvc.perform(mvcPost("/internal/events").with(TestTokens.anna())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isForbidden());
			mvc.perform(mvcPost("/internal/events").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isUnauthorized());

			assertThat(mongo.count(new Query(), "events")).isZero();
		}

		@Test
		void freeTextInDataIsNeverStored() throws Exception {
			send(event("evt-text-1", "DOCUMENTS_MISSING", to(DemoRealm.ANNA), "",
					"\"question\": \"%s\", \"missingItems\": [\"HISTORY_LETTER\"]".formatted(QUESTION)))
				.andExpect(status().isAccepted());

			String stored = mongo.findById("evt-text-1", org.bson.Document.class, "events").toJson();
			assertThat(stored).contains("HISTORY_LETTER").doesNotContain("hernia");
		}

		@Test
		void whenRecordsAreRequestedOfATreatingDoctorKnownByAgbCode_thenTheirInboxStatesTheLegalDutyAndTheMailNamesNothing()
				throws Exception {
			send(event("evt-records-1", "RECORDS_REQUESTED", "", "{\"kind\": \"CLINICIAN\", \"agb\": \"01000002\"}",
					"\"items\": [\"HISTORY_LETTER\", \"IMAGING_STUDY\"], \"holder\": \"TREATING_DOCTOR\", "
							+ "\"dueDate\": \"2026-12-18\", \"legalDuty\": true"))
				.andExpect(status().isAccepted());

			awaitMails(DemoRealm.VISSER.email(), 1);
			MimeMessage received = mail.to(DemoRealm.VISSER.email()).get(0);
			assertThat(received.getSubject()).isEqualTo("New message from Second Opinion");
			assertThat(Mailbox.text(received)).contains("https://portal.example/requests/req-0001")
				.doesNotContain("Records", "letter", "imaging", "WGBO", "2026", "HISTORY_LETTER");
			mvc.perform(get("/api/notifications").with(token(DemoRealm.VISSER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].type").value("RECORDS_REQUESTED"))
				.andExpect(jsonPath("$[0].title").value("Records requested"))
				.andExpect(jsonPath("$[0].body").value("For your patient's second opinion you are asked to provide: "
						+ "letter on the medical history, imaging (scans). Please do so by 18 December 2026. "
						+ "As a treating doctor you are legally obliged (WGBO) to hand over your patient's medical "
						+ "data for a second opinion, also if you refused a referral."));
			assertThat(mongo.count(new Query(Criteria.where("userId").is(DemoRealm.BAKKER.id())), "notifications"))
				.isZero();
		}

		@Test
		void whenAnAdditionalItemIsAskedOfTheGp_thenGpAndPatientReadItWithoutItsIdOrTitle() throws Exception {
			String item = "ADDITIONAL:9b2f4e6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b";
			send(event("evt-info-1", "INFORMATION_REQUESTED", to(DemoRealm.DEVRIES) + "," + to(DemoRealm.ANNA), "",
					"\"itemId\": \"%s\", \"holder\": \"GP\", \"dueDate\": \"2026-12-18\", ".formatted(item)
							+ "\"title\": \"MRI van de lumbale wervelkolom\""))
				.andExpect(status().isAccepted());

			Eventually.within(WAIT, "two inbox entries", () -> mongo.count(new Query(), "notifications") == 2);
			assertThat(mongo.findById("evt-info-1", org.bson.Document.class, "events").toJson()).contains(item)
				.doesNotContain("lumbale");
			String expected = "Voor de second opinion is aanvullende informatie gevraagd: een aanvullend gevraagd "
					+ "stuk, aan te leveren door de huisarts. De uiterste datum is 18 december 2026. "
					+ "Log in om te zien wat er gevraagd is.";
			for (User reader : List.of(DemoRealm.DEVRIES, DemoRealm.ANNA)) {
				mvc.perform(get("/api/notifications").with(token(reader)))
					.andExpect(jsonPath("$", hasSize(1)))
					.andExpect(jsonPath("$[0].title").value("Aanvullende informatie gevraagd"))
					.andExpect(jsonPath("$[0].body").value(expected));
			}
		}

	}

	@Nested
	class AnnasJourney {

		@Test
		void annaGetsADutchMailWithoutHerQuestionAndADutchInboxEntryLinkingToTheCase() throws Exception {
			send(event("evt-anna-1", "REQUEST_SUBMITTED", to(DemoRealm.ANNA), "",
					"\"question\": \"%s\"".formatted(QUESTION)))
				.andExpect(status().isAccepted());

			awaitMails(DemoRealm.ANNA.email(), 1);
			MimeMessage received = mail.to(DemoRealm.ANNA.email()).get(0);
			String text = Mailbox.text(received);
			assertThat(received.getSubject()).isEqualTo("Nieuw bericht van Second Opinion");
			assertThat(text).contains("https://portal.example/requests/req-0001")
				.doesNotContain("hernia")
				.doesNotContain("Aanvraag ingediend");
			assertThat(Mailbox.header(received, "Message-ID")).contains(deliveries("evt-anna-1").get(0).id());

			mvc.perform(get("/api/notifications").with(token(DemoRealm.ANNA)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].type").value("REQUEST_SUBMITTED"))
				.andExpect(jsonPath("$[0].title").value("Aanvraag ingediend"))
				.andExpect(jsonPath("$[0].link").value("https://portal.example/requests/req-0001"))
				.andExpect(jsonPath("$[0].requestId").value("req-0001"))
				.andExpect(jsonPath("$[0].read").value(false));
			awaitStatus("evt-anna-1", DeliveryStatus.SENT);
		}

		@Test
		void bramReadsEnglish() throws Exception {
			send(event("evt-bram-1", "REPORT_AVAILABLE", to(DemoRealm.BRAM), "", "")).andExpect(status().isAccepted());

			awaitMails(DemoRealm.BRAM.email(), 1);
			assertThat(mail.to(DemoRealm.BRAM.email()).get(0).getSubject())
				.isEqualTo("New message from Second Opinion");
			mvc.perform(get("/api/notifications").with(token(DemoRealm.BRAM)))
				.andExpect(jsonPath("$[0].title").value("Report available"));
		}

		@Test
		void readingMarksOnlyOnesOwnEntriesAndTheUnreadCountFollows() throws Exception {
			send(event("evt-read-1", "CONSULTANT_ASSIGNED", to(DemoRealm.ANNA) + "," + to(DemoRealm.CARLA), "", ""))
				.andExpect(status().isAccepted());
			send(event("evt-read-2", "APPOINTMENT_SCHEDULED", to(DemoRealm.ANNA), "",
					"\"appointmentAt\": \"2026-12-01T09:30:00Z\""))
				.andExpect(status().isAccepted());
			Eventually.within(WAIT, "three inbox entries", () -> mongo.count(new Query(), "notifications") == 3);

			mvc.perform(get("/api/notifications/unread-count").with(token(DemoRealm.ANNA)))
				.andExpect(jsonPath("$.unread").value(2));
			String entries = mvc.perform(get("/api/notifications").with(token(DemoRealm.ANNA)))
				.andExpect(jsonPath("$[0].body").value("Er is een afspraak gepland op 1 december 2026 om 10:30."))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String annasEntry = JsonPath.read(entries, "$[0].id");

			mvc.perform(mvcPost("/api/notifications/{id}/read", annasEntry).with(token(DemoRealm.BRAM)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(mvcPost("/api/notifications/{id}/read", annasEntry).with(token(DemoRealm.ANNA)))
				.andExpect(status().isNoContent());
			mvc.perform(mvcPost("/api/notifications/{id}/read", annasEntry).with(token(DemoRealm.ANNA)))
				.andExpect(status().isNoContent());

			mvc.perform(get("/api/notifications/unread-count").with(token(DemoRealm.ANNA)))
				.andExpect(jsonPath("$.unread").value(1));
			mvc.perform(get("/api/notifications/unread-count").with(token(DemoRealm.CARLA)))
				.andExpect(jsonPath("$.unread").value(1));
			mvc.perform(get("/api/notifications").with(token(DemoRealm.BRAM))).andExpect(jsonPath("$", hasSize(0)));
		}

		@Test
		void pagingOutsideItsBoundsIs400Problem() throws Exception {
			mvc.perform(get("/api/notifications?size=500").with(token(DemoRealm.ANNA)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/api/notifications?page=-1").with(token(DemoRealm.ANNA)))
				.andExpect(status().isBadRequest());
		}

		@Test
		void withoutTokenTheInboxIs401() throws Exception {
			mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
			mvc.perform(get("/api/notifications/preferences")).andExpect(status().isUnauthorized());
		}

	}

	@Nested
	class Groups {

		@Test
		void intakeCoordinatorsAreFoundByInstitutionAndSeeTheMissingKindsInTheInboxOnly() throws Exception {
			send(event("evt-group-1", "DOCUMENTS_MISSING", to(DemoRealm.ANNA),
					"{\"kind\": \"INTAKE_COORDINATORS\", \"institution\": \"UMC Zuid\"}",
					"\"missingItems\": [\"HISTORY_LETTER\", \"IMAGING_STUDY\"]"))
				.andExpect(status().isAccepted());

			awaitMails(DemoRealm.INTAKE.email(), 1);
			awaitMails(DemoRealm.ANNA.email(), 1);
			assertThat(Mailbox.text(mail.to(DemoRealm.INTAKE.email()).get(0))).doesNotContain("brief", "beeld",
					"HISTORY_LETTER");
			mvc.perform(get("/api/notifications").with(token(DemoRealm.INTAKE)))
				.andExpect(jsonPath("$[0].body").value(
						"Voor het dossier ontbreken nog: brief over de medische voorgeschiedenis, beeldmateriaal (scans). "
								+ "Zonder deze stukken kan geen afspraak worden gemaakt."));
			// dr.bakker works at UMC Zuid too, but is no intake coordinator.
			assertThat(mongo.count(new Query(Criteria.where("userId").is(DemoRealm.BAKKER.id())), "notifications"))
				.isZero();
			outside.verify(getRequestedFor(urlPathMatching(DemoRealm.ADMIN + "/roles/intake-coordinator/users"))
				.withHeader("Authorization", equalTo("Bearer admin-token")));
		}

		@Test
		void insurerMediatorsHearOfMediationProposalsOnly() throws Exception {
			String mediators = "{\"kind\": \"INSURER_MEDIATORS\", \"uzovi\": \"3311\"}";
			send(event("evt-med-1", "COVERAGE_DECIDED", to(DemoRealm.ANNA), mediators, "\"decision\": \"NOT_COVERED\""))
				.andExpect(status().isAccepted());
			send(event("evt-med-2", "MEDIATION_PROPOSAL", "", mediators, "")).andExpect(status().isAccepted());

			awaitMails(DemoRealm.MEDIATOR_ZK.email(), 1);
			awaitMails(DemoRealm.ANNA.email(), 1);
			Thread.sleep(300);
			assertThat(mail.to(DemoRealm.MEDIATOR_ZK.email())).hasSize(1);
			assertThat(mail.to(DemoRealm.MEDIATOR_CZ.email())).isEmpty();
			mvc.perform(get("/api/notifications").with(token(DemoRealm.MEDIATOR_ZK)))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].type").value("MEDIATION_PROPOSAL"));
		}

		@Test
		void whenKeycloakIsDownTheEventWaitsAndIsDispatchedLater() throws Exception {
			outside.stubFor(any(urlPathMatching(DemoRealm.ADMIN + "/.*")).atPriority(1)
				.willReturn(aResponse().withStatus(503)));
			send(event("evt-kc-1", "DOCUMENTS_MISSING", "",
					"{\"kind\": \"INTAKE_COORDINATORS\", \"institution\": \"UMC Zuid\"}", ""))
				.andExpect(status().isAccepted());
			Eventually.within(WAIT, "a failed dispatch attempt",
					() -> mongo.findById("evt-kc-1", org.bson.Document.class, "events").getInteger("attempts") > 0);
			assertThat(mongo.count(new Query(), "notifications")).isZero();

			outside.resetAll();
			DemoRealm.stub(outside);

			awaitMails(DemoRealm.INTAKE.email(), 1);
		}

		@Test
		void anEventStoredBeforeUserAndClinicianGroupsAndDeadEventsIsStillDispatched() {
			java.util.Date now = new java.util.Date();
			mongo.insert(new org.bson.Document("_id", "evt-old-1").append("type", "DOCUMENTS_MISSING")
				.append("occurredAt", now)
				.append("source", "dossier-service")
				.append("requestId", "req-0001")
				.append("recipients", List.of())
				.append("recipientGroups",
						List.of(new org.bson.Document("kind", "INTAKE_COORDINATORS").append("institution", "UMC Zuid")))
				.append("data", new org.bson.Document())
				.append("receivedAt", now)
				.append("status", "RECEIVED")
				.append("attempts", 0)
				.append("nextAttemptAt", now)
				.append("leaseUntil", new java.util.Date(0)), "events");

			awaitMails(DemoRealm.INTAKE.email(), 1);
		}

		@Test
		void aUserIsFoundByUserNameAndAClinicianByAgbCodeAndEachHearsOnce() throws Exception {
			send(event("evt-user-1", "CONSENT_GIVEN", to(DemoRealm.ANNA),
					"{\"kind\": \"USERNAME\", \"username\": \"carla\"}, {\"kind\": \"USERNAME\", \"username\": \"Anna\"},"
							+ " {\"kind\": \"CLINICIAN\", \"agb\": \"01000001\"}",
					""))
				.andExpect(status().isAccepted());

			awaitMails(DemoRealm.CARLA.email(), 1);
			awaitMails(DemoRealm.BAKKER.email(), 1);
			awaitMails(DemoRealm.ANNA.email(), 1);
			Thread.sleep(300);
			assertThat(mail.to(DemoRealm.ANNA.email())).hasSize(1);
			assertThat(mail.to(DemoRealm.VISSER.email())).isEmpty();
			mvc.perform(get("/api/notifications").with(token(DemoRealm.CARLA)))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].type").value("CONSENT_GIVEN"))
				.andExpect(jsonPath("$[0].title").value("Toestemming gegeven"));
			outside.verify(getRequestedFor(urlPathEqualTo(DemoRealm.ADMIN + "/users"))
				.withQueryParam("username", equalTo("carla"))
				.withQueryParam("exact", equalTo("true"))
				.withHeader("Authorization", equalTo("Bearer admin-token")));
			outside.verify(getRequestedFor(urlPathEqualTo(DemoRealm.ADMIN + "/users")).withQueryParam("q",
					equalTo("agb:01000001")));
		}

		@Test
		@ExtendWith(OutputCaptureExtension.class)
		void anUnknownUserNameOrAgbCodeIsNobodyAndIsLoggedWithoutIt(CapturedOutput output) throws Exception {
			send(event("evt-nobody-1", "REQUEST_CLOSED", "",
					"{\"kind\": \"USERNAME\", \"username\": \"nobody.here\"}, {\"kind\": \"CLINICIAN\", \"agb\": \"09999999\"}",
					""))
				.andExpect(status().isAccepted());

			Eventually.within(WAIT, "the event dispatched", () -> "DISPATCHED"
				.equals(mongo.findById("evt-nobody-1", org.bson.Document.class, "events").getString("status")));
			assertThat(mongo.count(new Query(), "notifications")).isZero();
			assertThat(mongo.count(new Query(), "deliveries")).isZero();
			assertThat(output).contains("recipient group USERNAME resolved to nobody")
				.contains("recipient group CLINICIAN resolved to nobody")
				.doesNotContain("nobody.here")
				.doesNotContain("09999999");
		}

		@Test
		void aMalformedUserNameOrAgbCodeIs400Problem() throws Exception {
			for (String group : List.of("{\"kind\": \"USERNAME\", \"username\": \"anna de vries\"}",
					"{\"kind\": \"USERNAME\", \"username\": \"<script>\"}",
					"{\"kind\": \"USERNAME\", \"username\": \"\"}", "{\"kind\": \"USERNAME\"}",
					"{\"kind\": \"CLINICIAN\", \"agb\": \"1000001\"}",
					"{\"kind\": \"CLINICIAN\", \"agb\": \"0100000A\"}",
					"{\"kind\": \"CLINICIAN\", \"agb\": \"010000011\"}", "{\"kind\": \"CLINICIAN\"}",
					"{\"kind\": \"CLINICIAN\", \"username\": \"dr.bakker\"}")) {
				send(event("evt-badgroup-1", "REQUEST_CLOSED", to(DemoRealm.ANNA), group, ""))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
			}

			assertThat(mongo.count(new Query(), "events")).isZero();
		}

		@Test
		void whenKeycloakIsDownAUserNameLookupIsRetriedAndDispatchedLater() throws Exception {
			outside.stubFor(any(urlPathMatching(DemoRealm.ADMIN + "/.*")).atPriority(1)
				.willReturn(aResponse().withStatus(503)));
			send(event("evt-kc-2", "CONSENT_WITHDRAWN", "", "{\"kind\": \"USERNAME\", \"username\": \"carla\"}", ""))
				.andExpect(status().isAccepted());
			Eventually.within(WAIT, "a failed dispatch attempt",
					() -> mongo.findById("evt-kc-2", org.bson.Document.class, "events").getInteger("attempts") > 0);
			assertThat(mongo.count(new Query(), "notifications")).isZero();

			outside.resetAll();
			DemoRealm.stub(outside);

			awaitMails(DemoRealm.CARLA.email(), 1);
		}

		@Test
		void anEventWhoseRecipientsCannotBeLookedUpBecomesADeadLetterThatAnAdminCanReplay() throws Exception {
			outside.stubFor(any(urlPathMatching(DemoRealm.ADMIN + "/.*")).atPriority(1)
				.willReturn(aResponse().withStatus(503)));
			send(event("evt-dead-ev-1", "TRANSFER_OF_CARE_DECIDED", to(DemoRealm.ANNA),
					"{\"kind\": \"CLINICIAN\", \"agb\": \"01000001\"}", ""))
				.andExpect(status().isAccepted());

			Eventually.within(WAIT, "the event a dead letter", () -> "DEAD"
				.equals(mongo.findById("evt-dead-ev-1", org.bson.Document.class, "events").getString("status")));
			assertThat(mongo.count(new Query(), "notifications")).isZero();
			mvc.perform(get("/api/notifications/admin/dead-events").with(token(DemoRealm.ADMIN_USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].eventId").value("evt-dead-ev-1"))
				.andExpect(jsonPath("$[0].type").value("TRANSFER_OF_CARE_DECIDED"))
				.andExpect(jsonPath("$[0].status").value("DEAD"))
				.andExpect(jsonPath("$[0].attempts").value(4))
				.andExpect(jsonPath("$[0].deadReason").value("ATTEMPTS_EXHAUSTED"))
				.andExpect(jsonPath("$[0].groupKinds[0]").value("CLINICIAN"))
				.andExpect(content().string(not(containsString("01000001"))));
			// Attempts are bounded: nothing more happens to a dead event.
			Thread.sleep(1500);
			org.bson.Document dead = mongo.findById("evt-dead-ev-1", org.bson.Document.class, "events");
			assertThat(dead.getString("status")).isEqualTo("DEAD");
			assertThat(dead.getInteger("attempts")).isEqualTo(4);
			mvc.perform(get("/api/notifications/admin/dead-events").with(token(DemoRealm.ANNA)))
				.andExpect(status().isForbidden());
			mvc.perform(mvcPost("/api/notifications/admin/dead-events/{id}/replay", "evt-dead-ev-1")
				.with(token(DemoRealm.ANNA))).andExpect(status().isForbidden());

			outside.resetAll();
			DemoRealm.stub(outside);
			breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
			mvc.perform(mvcPost("/api/notifications/admin/dead-events/{id}/replay", "evt-dead-ev-1")
				.with(token(DemoRealm.ADMIN_USER))).andExpect(status().isAccepted());

			awaitMails(DemoRealm.BAKKER.email(), 1);
			awaitMails(DemoRealm.ANNA.email(), 1);
			mvc.perform(get("/api/notifications/admin/events/{id}", "evt-dead-ev-1").with(token(DemoRealm.ADMIN_USER)))
				.andExpect(jsonPath("$.status").value("DISPATCHED"))
				.andExpect(jsonPath("$.replays").value(1));
			mvc.perform(get("/api/notifications/admin/dead-events").with(token(DemoRealm.ADMIN_USER)))
				.andExpect(jsonPath("$", hasSize(0)));
			mvc.perform(mvcPost("/api/notifications/admin/dead-events/{id}/replay", "evt-dead-ev-1")
				.with(token(DemoRealm.ADMIN_USER))).andExpect(status().isConflict());
			mvc.perform(mvcPost("/api/notifications/admin/dead-events/{id}/replay", "no-such-event")
				.with(token(DemoRealm.ADMIN_USER))).andExpect(status().isNotFound());
			mvc.perform(get("/api/notifications/admin/events/{id}", "no-such-event").with(token(DemoRealm.ADMIN_USER)))
				.andExpect(status().isNotFound());
		}

	}

	@Nested
	class Preferences {

		@Test
		void withoutChoicesEveryKindGoesToInboxAndEmailInTheAccountsLanguage() throws Exception {
			mvc.perform(get("/api/notifications/preferences").with(token(DemoRealm.ANNA)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.language").doesNotExist())
				.andExpect(jsonPath("$.channels.REPORT_AVAILABLE", hasSize(2)))
				.andExpect(jsonPath("$.channels.MEDIATION_PROPOSAL[0]").value("INBOX"))
				.andExpect(jsonPath("$.channels.MEDIATION_PROPOSAL[1]").value("EMAIL"));
		}

		@Test
		void annaChoosesEnglishAndSmsInsteadOfEmailForReports() throws Exception {
			mvc.perform(put("/api/notifications/preferences").with(token(DemoRealm.ANNA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\": \"en\", \"channels\": {\"REPORT_AVAILABLE\": [\"SMS\"]}}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.language").value("en"))
				.andExpect(jsonPath("$.channels.REPORT_AVAILABLE[0]").value("INBOX"))
				.andExpect(jsonPath("$.channels.REPORT_AVAILABLE[1]").value("SMS"))
				.andExpect(jsonPath("$.channels.REPORT_AVAILABLE", hasSize(2)));

			send(event("evt-pref-1", "REPORT_AVAILABLE", to(DemoRealm.ANNA), "", "")).andExpect(status().isAccepted());

			awaitStatus("evt-pref-1", DeliveryStatus.SENT);
			assertThat(deliveries("evt-pref-1")).extracting(Delivery::channel).containsExactly(Channel.SMS);
			outside.verify(1,
					postRequestedFor(urlEqualTo("/sms/messages"))
						.withRequestBody(matchingJsonPath("$.to", equalTo("+31612345001")))
						.withRequestBody(matchingJsonPath("$.text", containing("a new message is waiting for you")))
						.withRequestBody(matchingJsonPath("$.reference", equalTo(deliveries("evt-pref-1").get(0).id())))
						.withHeader("X-Api-Key", equalTo("sandbox-dev-key"))
						.withoutHeader("Authorization"));
			assertThat(mail.to(DemoRealm.ANNA.email())).isEmpty();
			mvc.perform(get("/api/notifications").with(token(DemoRealm.ANNA)))
				.andExpect(jsonPath("$[0].title").value("Report available"));
		}

		@Test
		void anUnknownLanguageOrChannelIs400() throws Exception {
			mvc.perform(put("/api/notifications/preferences").with(token(DemoRealm.ANNA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\": \"de\"}")).andExpect(status().isBadRequest());
			mvc.perform(put("/api/notifications/preferences").with(token(DemoRealm.ANNA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channels\": {\"REPORT_AVAILABLE\": [\"PIGEON\"]}}")).andExpect(status().isBadRequest());
		}

	}

	@Nested
	class Failures {

		@Test
		void whenSmtpIsDownTheMailIsRetriedWithBackoffAndSentOnceWhenItIsBack() throws Exception {
			mail.stop();
			try {
				send(event("evt-smtp-1", "COVERAGE_PENDING", to(DemoRealm.ANNA), "", ""))
					.andExpect(status().isAccepted());
				Eventually.within(WAIT, "two failed attempts", () -> deliveries("evt-smtp-1").stream()
					.anyMatch((d) -> d.status() == DeliveryStatus.RETRY && d.attempts() >= 2));
				Delivery waiting = deliveries("evt-smtp-1").get(0);
				assertThat(waiting.lastError()).startsWith("SMTP");
				assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt());
			}
			finally {
				mail.start();
			}

			awaitStatus("evt-smtp-1", DeliveryStatus.SENT);
			Thread.sleep(300);
			assertThat(mail.to(DemoRealm.ANNA.email())).hasSize(1);
		}

		@Test
		void aProviderThatKeepsFailingLeadsToADeadLetterThatAnAdminCanReplay() throws Exception {
			outside.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(500)));
			mvc.perform(put("/api/notifications/preferences").with(token(DemoRealm.BRAM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channels\": {\"APPOINTMENT_SCHEDULED\": [\"SMS\"]}}")).andExpect(status().isOk());
			send(event("evt-dead-1", "APPOINTMENT_SCHEDULED", to(DemoRealm.BRAM), "", ""))
				.andExpect(status().isAccepted());

			awaitStatus("evt-dead-1", DeliveryStatus.DEAD);
			String id = deliveries("evt-dead-1").get(0).id();
			mvc.perform(get("/api/notifications/admin/dead-letters").with(token(DemoRealm.ADMIN_USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value(id))
				.andExpect(jsonPath("$[0].channel").value("SMS"))
				.andExpect(jsonPath("$[0].attempts").value(4))
				.andExpect(jsonPath("$[0].deadReason").value("ATTEMPTS_EXHAUSTED"));
			mvc.perform(get("/api/notifications/admin/dead-letters").with(token(DemoRealm.BRAM)))
				.andExpect(status().isForbidden());
			mvc.perform(mvcPost("/api/notifications/admin/dead-letters/{id}/replay", id).with(token(DemoRealm.BRAM)))
				.andExpect(status().isForbidden());

			outside.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(202)));
			mvc.perform(
					mvcPost("/api/notifications/admin/dead-letters/{id}/replay", id).with(token(DemoRealm.ADMIN_USER)))
				.andExpect(status().isAccepted());

			awaitStatus("evt-dead-1", DeliveryStatus.SENT);
			mvc.perform(get("/api/notifications/admin/events/{id}/deliveries", "evt-dead-1")
				.with(token(DemoRealm.ADMIN_USER)))
				.andExpect(jsonPath("$[0].status").value("SENT"))
				.andExpect(jsonPath("$[0].replays").value(1));
			mvc.perform(
					mvcPost("/api/notifications/admin/dead-letters/{id}/replay", id).with(token(DemoRealm.ADMIN_USER)))
				.andExpect(status().isConflict());
			mvc.perform(mvcPost("/api/notifications/admin/dead-letters/{id}/replay", "no-such-delivery")
				.with(token(DemoRealm.ADMIN_USER))).andExpect(status().isNotFound());
		}

		@Test
		void workLeftByADeadWorkerIsTakenOverWhenClaimedButOnlyReportedWhenItWasLeaving() throws Exception {
			Instant past = Instant.now().minusSeconds(120);
			mongo.insert(new Delivery("left-sending", "n-left", "evt-left", DemoRealm.ANNA.id(),
					EventType.REQUEST_SUBMITTED, "req-0001", Channel.EMAIL, DeliveryStatus.SENDING, 0, past, past,
					"dead-worker", past, null, null, null, null, 0));
			mongo.insert(new Delivery("left-claimed", "n-left", "evt-left", DemoRealm.ANNA.id(),
					EventType.DOSSIER_COMPLETE, "req-0001", Channel.EMAIL, DeliveryStatus.CLAIMED, 0, past, past,
					"dead-worker", past, null, null, null, null, 0));

			awaitMails(DemoRealm.ANNA.email(), 1);
			Eventually.within(WAIT, "the one left sending reported in doubt",
					() -> mongo.findById("left-sending", Delivery.class).status() == DeliveryStatus.DEAD);
			Thread.sleep(500);

			assertThat(mongo.findById("left-claimed", Delivery.class).status()).isEqualTo(DeliveryStatus.SENT);
			assertThat(mongo.findById("left-sending", Delivery.class).deadReason()).isEqualTo("IN_DOUBT");
			assertThat(mail.to(DemoRealm.ANNA.email())).singleElement()
				.satisfies((m) -> assertThat(Mailbox.header(m, "X-SecondOpinion-Delivery")).isEqualTo("left-claimed"));
			mvc.perform(get("/api/notifications/admin/dead-letters").with(token(DemoRealm.ADMIN_USER)))
				.andExpect(jsonPath("$[0].id").value("left-sending"))
				.andExpect(jsonPath("$[0].deadReason").value("IN_DOUBT"));
		}

		@Test
		void anSmsWithoutAnswerIsInDoubtAndNotSentAgain() throws Exception {
			outside.stubFor(
					post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(202).withFixedDelay(3500)));
			mvc.perform(put("/api/notifications/preferences").with(token(DemoRealm.BRAM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channels\": {\"TRANSFER_OF_CARE_PROPOSED\": [\"SMS\"]}}")).andExpect(status().isOk());
			send(event("evt-nosms-1", "TRANSFER_OF_CARE_PROPOSED", to(DemoRealm.BRAM), "", ""))
				.andExpect(status().isAccepted());

			awaitStatus("evt-nosms-1", DeliveryStatus.DEAD);
			Thread.sleep(1000);
			assertThat(deliveries("evt-nosms-1").get(0).deadReason()).isEqualTo("IN_DOUBT");
			outside.verify(1, postRequestedFor(urlEqualTo("/sms/messages")));
		}

		@Test
		void aRefusedNumberIsADeadLetterAtOnce() throws Exception {
			outside.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(422)));
			mvc.perform(put("/api/notifications/preferences").with(token(DemoRealm.BRAM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channels\": {\"REFERRAL_ISSUED\": [\"SMS\"]}}")).andExpect(status().isOk());
			send(event("evt-refused-1", "REFERRAL_ISSUED", to(DemoRealm.BRAM), "", ""))
				.andExpect(status().isAccepted());

			awaitStatus("evt-refused-1", DeliveryStatus.DEAD);
			Delivery dead = deliveries("evt-refused-1").get(0);
			assertThat(dead.attempts()).isEqualTo(1);
			assertThat(dead.deadReason()).isEqualTo("REJECTED");
		}

		@Test
		void aUserWithoutPhoneIsSkippedNotRetried() throws Exception {
			mvc.perform(put("/api/notifications/preferences").with(token(DemoRealm.DEVRIES))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channels\": {\"REFERRAL_REFUSED\": [\"SMS\", \"EMAIL\"]}}")).andExpect(status().isOk());
			send(event("evt-skip-1", "REFERRAL_REFUSED", to(DemoRealm.DEVRIES), "", ""))
				.andExpect(status().isAccepted());

			Eventually.within(WAIT, "both deliveries finished", () -> {
				List<Delivery> both = deliveries("evt-skip-1");
				return both.size() == 2 && both.stream()
					.allMatch((d) -> d.status() == DeliveryStatus.SENT || d.status() == DeliveryStatus.SKIPPED);
			});
			assertThat(deliveries("evt-skip-1")).filteredOn((d) -> d.channel() == Channel.SMS)
				.singleElement()
				.satisfies((d) -> assertThat(d.status()).isEqualTo(DeliveryStatus.SKIPPED));
		}

		@Test
		void anUnknownUserGetsAnInboxEntryButNoMail() throws Exception {
			String stranger = UUID.randomUUID().toString();
			send(event("evt-unknown-1", "REQUEST_SUBMITTED", "{\"userId\": \"%s\"}".formatted(stranger), "", ""))
				.andExpect(status().isAccepted());

			awaitStatus("evt-unknown-1", DeliveryStatus.SKIPPED);
			assertThat(mail.all()).isEmpty();
		}

	}

}
