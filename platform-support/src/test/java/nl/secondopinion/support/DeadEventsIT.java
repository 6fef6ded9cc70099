package nl.secondopinion.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.secondopinion.support.deadevent.DeadEventSender;
import nl.secondopinion.support.deadevent.DeadEvents;
import nl.secondopinion.support.deadevent.EventRefusedException;
import nl.secondopinion.support.feign.ReceivedProblem;
import nl.secondopinion.support.security.KeycloakRealmRoleConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dead-event endpoint as a service built on the library gets it: auto-configured
 * under the service's prefix, on the in-memory MongoDB server, with a scripted sender in
 * place of the service's event client.
 */
@SpringBootTest(classes = { SupportTestApplication.class, DeadEventsIT.Sender.class },
		properties = { "spring.application.name=test-service", "logging.structured.format.console=",
				"secondopinion.dead-events.api-prefix=tests" })
@AutoConfigureMockMvc
class DeadEventsIT {

	private static final String PATH = "/api/tests/admin/dead-events";

	private static final String INVALID = "https://secondopinion.nl/problems/invalid-event";

	private static final String EVENT = "{\"eventId\":\"e-1\",\"type\":\"REQUEST_SUBMITTED\",\"requestId\":\"r-1\","
			+ "\"recipients\":[{\"userId\":\"u-1\",\"role\":\"patient\"}]}";

	private static final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	@Autowired
	MockMvc mvc;

	@Autowired
	DeadEvents deadEvents;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ScriptedSender sender;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		mongoServer.bind("127.0.0.1", 0);
		registry.add("spring.mongodb.uri",
				() -> "mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort() + "/dead-events-it");
	}

	@AfterAll
	static void stopMongo() {
		mongoServer.shutdownNow();
	}

	@BeforeEach
	void oneDeadEvent() {
		this.mongo.dropCollection(DeadEvents.COLLECTION);
		this.sender.sent.clear();
		this.sender.answer = (json) -> {
		};
		this.deadEvents.park("e-1", "REQUEST_SUBMITTED", "r-1", new EventRefusedException(422,
				new ReceivedProblem(INVALID, "Invalid event", "recipients[0].role is not known."), EVENT));
	}

	private static JwtRequestPostProcessor user(String... roles) {
		return SecurityMockMvcRequestPostProcessors.jwt()
			.jwt((jwt) -> jwt.subject("u-admin").claim("realm_access", java.util.Map.of("roles", List.of(roles))))
			.authorities(new KeycloakRealmRoleConverter());
	}

	private static JwtRequestPostProcessor admin() {
		return user("platform-admin");
	}

	@Nested
	class List_ {

		@Test
		void whenAnAdminLists_thenTheEventAndItsReasonAreShownButNotItsContent() throws Exception {
			mvc.perform(get(PATH).with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].eventId").value("e-1"))
				.andExpect(jsonPath("$[0].type").value("REQUEST_SUBMITTED"))
				.andExpect(jsonPath("$[0].requestId").value("r-1"))
				.andExpect(jsonPath("$[0].source").value("test-service"))
				.andExpect(jsonPath("$[0].reason.status").value(422))
				.andExpect(jsonPath("$[0].reason.type").value(INVALID))
				.andExpect(jsonPath("$[0].reason.detail").value("recipients[0].role is not known."))
				.andExpect(jsonPath("$[0].refusals").value(1))
				.andExpect(jsonPath("$[0].refusedAt").isNotEmpty())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("u-1"))));
		}

		@Test
		void whenAnotherRoleLists_thenTheAnswerIs403Problem() throws Exception {
			for (String role : new String[] { "patient", "platform-service", "intake-coordinator" }) {
				mvc.perform(get(PATH).with(user(role)))
					.andExpect(status().isForbidden())
					.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/forbidden"));
			}
		}

		@Test
		void whenNoToken_thenTheAnswerIs401Problem() throws Exception {
			mvc.perform(get(PATH))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/unauthenticated"));
		}

		@Test
		void whenPagingIsOutOfRange_thenTheAnswerIs400Problem() throws Exception {
			mvc.perform(get(PATH).param("size", "201").with(admin()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/bad-request"));
			mvc.perform(get(PATH).param("page", "-1").with(admin())).andExpect(status().isBadRequest());
		}

	}

	@Nested
	class Replay {

		@Test
		void whenTheReceiverAccepts_thenTheEventIsSentAsFirstSentAndLeavesTheDeadEvents() throws Exception {
			mvc.perform(post(PATH + "/e-1/replay").with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DELIVERED"));

			assertThat(sender.sent).containsExactly(EVENT);
			assertThat(deadEvents.find("e-1")).isEmpty();
		}

		@Test
		void whenTheReceiverRefusesAgain_thenItStaysWithTheNewReason() throws Exception {
			sender.answer = (json) -> {
				throw new EventRefusedException(400,
						new ReceivedProblem("https://secondopinion.nl/problems/invalid-input", null, null), json);
			};

			mvc.perform(post(PATH + "/e-1/replay").with(admin()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/dead-event-refused-again"))
				.andExpect(jsonPath("$.receiverStatus").value(400))
				.andExpect(jsonPath("$.receiverType").value("https://secondopinion.nl/problems/invalid-input"));

			assertThat(deadEvents.find("e-1")).get().satisfies((dead) -> {
				assertThat(dead.reason().status()).isEqualTo(400);
				assertThat(dead.refusals()).isEqualTo(2);
				assertThat(dead.event()).isEqualTo(EVENT);
			});
		}

		@Test
		void whenTheReceiverIsUnavailable_thenTheAnswerIs503AndTheEventStaysUnchanged() throws Exception {
			sender.answer = (json) -> {
				throw new IllegalStateException("breaker open");
			};

			mvc.perform(post(PATH + "/e-1/replay").with(admin()))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/event-receiver-unavailable"));

			assertThat(deadEvents.find("e-1")).get().satisfies((dead) -> {
				assertThat(dead.reason().status()).isEqualTo(422);
				assertThat(dead.refusals()).isEqualTo(1);
			});
		}

		@Test
		void whenTheEventIsUnknown_thenTheAnswerIs404Problem() throws Exception {
			mvc.perform(post(PATH + "/e-unknown/replay").with(admin()))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/dead-event-not-found"));
		}

		@Test
		void whenAnotherRoleReplays_thenTheAnswerIs403AndNothingIsSent() throws Exception {
			mvc.perform(post(PATH + "/e-1/replay").with(user("patient"))).andExpect(status().isForbidden());
			mvc.perform(post(PATH + "/e-1/replay")).andExpect(status().isUnauthorized());

			assertThat(sender.sent).isEmpty();
			assertThat(deadEvents.find("e-1")).isPresent();
		}

	}

	@Test
	void whenTheApiDocumentIsRead_thenBothOperationsSayWhoMayCall() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + PATH + "'].get.description",
					containsString("Who may call: role " + "platform-admin")))
			.andExpect(jsonPath("$.paths['" + PATH + "/{eventId}/replay'].post.description",
					containsString("Who may call: role platform-admin")))
			.andExpect(jsonPath("$.paths['" + PATH + "/{eventId}/replay'].post.responses['409'].content"
					+ "['application/problem+json']")
				.exists());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Sender {

		@Bean
		ScriptedSender scriptedSender() {
			return new ScriptedSender();
		}

	}

	static final class ScriptedSender implements DeadEventSender {

		final List<String> sent = new ArrayList<>();

		Consumer<String> answer = (json) -> {
		};

		@Override
		public void resend(String eventJson) {
			this.answer.accept(eventJson);
			this.sent.add(eventJson);
		}

	}

}
