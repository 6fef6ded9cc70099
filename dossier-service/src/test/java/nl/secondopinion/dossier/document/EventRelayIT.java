package nl.secondopinion.dossier.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.Multipart;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.ReferralStub.Case;
import nl.secondopinion.dossier.Users;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox relay against notification-service (WireMock): a dossier whose first event
 * is refused with 422 and whose second is taken. The relay runs when the test says so.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventRelayIT {

	private static final String EVENTS = "/internal/events";

	private static final String DEAD_EVENTS = "/api/dossiers/admin/dead-events";

	private static final String INVALID_EVENT = "https://secondopinion.nl/problems/invalid-event";

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-event-relay-it");
	}

	@Autowired
	EventRelay relay;

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakers;

	private String requestId;

	private StubMapping refusal;

	/**
	 * A history letter (→ DOCUMENTS_MISSING, refused) and the correspondence (→
	 * DOSSIER_COMPLETE, taken) of a self-referred case without imaging, relayed once.
	 */
	@BeforeEach
	void theFirstOfTwoEventsIsRefusedWith422() throws Exception {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		this.breakers.circuitBreaker("notification-service").reset();
		this.mongo.remove(new Query(), "dead_events");
		wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(EVENTS))
			.atPriority(5)
			.willReturn(aResponse().withStatus(202)));
		this.refusal = wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(EVENTS))
			.atPriority(1)
			.withRequestBody(matchingJsonPath("$.type", equalTo("DOCUMENTS_MISSING")))
			.willReturn(aResponse().withStatus(422)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("""
						{"type":"%s","title":"Invalid event","status":422,"detail":"missingItems[0] is not known."}"""
					.formatted(INVALID_EVENT))));
		this.requestId = UUID.randomUUID().toString();
		ReferralStub.context(wiremock, new Case(this.requestId).selfReferred(true).imagingDone(false));
		upload(Users.anna(), "HISTORY_LETTER");
		upload(Users.jansen(), "CORRESPONDENCE");

		assertThat(this.relay.relay()).isEqualTo(2);
	}

	private void upload(RequestPostProcessor user, String type) throws Exception {
		Map<String, String> fields = Multipart.fields("type", type, "language", "nl", "documentDate",
				LocalDate.now().minusDays(10).toString());
		this.mvc
			.perform(post("/api/dossiers/{id}/documents", this.requestId).with(user)
				.contentType(Multipart.formContentType())
				.content(Multipart.upload(fields, "brief.pdf", PDF)))
			.andExpect(status().isCreated());
	}

	private List<Document> deadEvents() {
		return this.mongo.findAll(Document.class, "dead_events");
	}

	@Test
	void whenTheFirstEventIsRefused_thenItIsParkedWithTheReasonAndTheLaterEventIsStillDelivered() {
		assertThat(deadEvents()).singleElement().satisfies((dead) -> {
			assertThat(dead.getString("type")).isEqualTo("DOCUMENTS_MISSING");
			assertThat(dead.getString("requestId")).isEqualTo(this.requestId);
			assertThat(dead.getString("source")).isEqualTo("dossier-service");
			Document reason = dead.get("reason", Document.class);
			assertThat(reason.getInteger("status")).isEqualTo(422);
			assertThat(reason.getString("type")).isEqualTo(INVALID_EVENT);
			assertThat(reason.getString("detail")).isEqualTo("missingItems[0] is not known.");
		});
		wiremock.verify(1, postRequestedFor(urlEqualTo(EVENTS))
			.withRequestBody(matchingJsonPath("$.type", equalTo("DOSSIER_COMPLETE"))));
		assertThat(this.mongo.findById(this.requestId, Document.class, "dossiers").getBoolean("hasPendingEvents"))
			.isFalse();

		assertThat(this.relay.relay()).as("neither is sent again").isZero();
		wiremock.verify(2, postRequestedFor(urlEqualTo(EVENTS)));
	}

	@Test
	void whenAPlatformAdminLists_thenTheDeadEventIsShownAndOtherRolesGet403() throws Exception {
		this.mvc.perform(get(DEAD_EVENTS).with(Users.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].type").value("DOCUMENTS_MISSING"))
			.andExpect(jsonPath("$[0].requestId").value(this.requestId))
			.andExpect(jsonPath("$[0].reason.status").value(422))
			.andExpect(jsonPath("$[0].reason.type").value(INVALID_EVENT))
			.andExpect(jsonPath("$[0].event").doesNotExist());

		for (RequestPostProcessor other : List.of(Users.anna(), Users.jansen(), Users.bakker(), Users.intake())) {
			this.mvc.perform(get(DEAD_EVENTS).with(other))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/forbidden"));
		}
		this.mvc.perform(get(DEAD_EVENTS)).andExpect(status().isUnauthorized());
	}

	@Test
	void whenNotificationAcceptsTheReplay_thenTheEventGoesOutAsFirstSentAndLeavesTheDeadEvents() throws Exception {
		String firstSent = wiremock.findAll(postRequestedFor(urlEqualTo(EVENTS))).get(0).getBodyAsString();
		String eventId = JsonPath.read(firstSent, "$.eventId");
		wiremock.removeStub(this.refusal);

		this.mvc.perform(post(DEAD_EVENTS + "/{eventId}/replay", eventId).with(Users.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"));

		wiremock.verify(2, postRequestedFor(urlEqualTo(EVENTS)).withRequestBody(equalToJson(firstSent)));
		assertThat(deadEvents()).isEmpty();
	}

	@Test
	void whenTheApiDocumentIsRead_thenTheDeadEventEndpointsSayWhoMayCall() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + DEAD_EVENTS + "'].get.description",
					org.hamcrest.Matchers.containsString("Who may call: role platform-admin")))
			.andExpect(jsonPath("$.paths['" + DEAD_EVENTS + "/{eventId}/replay'].post.description",
					org.hamcrest.Matchers.containsString("Who may call: role platform-admin")));
	}

}
