package nl.secondopinion.referral.request.web;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.testing.EmbeddedMongo;
import nl.secondopinion.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RequestApiIT {

	private static final String QUESTION = "Is an operation really the only option for my hernia?";

	private static final String VALID_BODY = """
			{"question": "%s", "reason": "DOUBT_ABOUT_TREATMENT", "specialty": "neurology",
			 "insurer": {"uzovi": "3311", "policyNumber": "P-123456"}}""".formatted(QUESTION);

	private static final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("referral-request-api"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void emptyDatabase() {
		this.mongo.remove(new Query(), "requests");
	}

	private static RequestPostProcessor gp() {
		return TestTokens.user("d3333333-3333-4333-8333-333333333333", "dr.devries",
				Map.of("practice", "Huisartsenpraktijk De Linde"), "gp");
	}

	private String create(RequestPostProcessor patient, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/requests").with(patient).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private static MockHttpServletRequestBuilder createWith(String body) {
		return post("/api/requests").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Nested
	class CreateRequest {

		@Test
		void aPatientCreatesADraftAndGets201WithLocationAndBody() throws Exception {
			mvc.perform(createWith(VALID_BODY).with(TestTokens.anna()))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", matchesPattern("/api/requests/[0-9a-f-]{36}")))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.id").isString())
				.andExpect(jsonPath("$.status").value("DRAFT"))
				.andExpect(jsonPath("$.question").value(QUESTION))
				.andExpect(jsonPath("$.reason").value("DOUBT_ABOUT_TREATMENT"))
				.andExpect(jsonPath("$.specialty").value("neurology"))
				.andExpect(jsonPath("$.insurer.uzovi").value("3311"))
				.andExpect(jsonPath("$.insurer.policyNumber").value("P-123456"))
				.andExpect(jsonPath("$.createdAt").isString())
				.andExpect(jsonPath("$.owner").value("anna"));
		}

		@Test
		void theDraftIsStoredWithVersionAndATimelineEntryInOneDocument() throws Exception {
			String id = create(TestTokens.anna(), VALID_BODY);

			Document stored = mongo.findById(id, Document.class, "requests");

			assertThat(stored).isNotNull();
			assertThat(stored.get("version", Number.class).longValue()).isZero();
			assertThat(stored.get("patient", Document.class).getString("username")).isEqualTo("anna");
			assertThat(stored.getList("timeline", Document.class)).singleElement().satisfies((entry) -> {
				assertThat(entry.getString("what")).isEqualTo("DRAFT_CREATED");
				assertThat(entry.get("by", Document.class).getString("username")).isEqualTo("anna");
				assertThat(entry.get("at")).isNotNull();
			});
		}

		@Test
		void theInsurerMayBeLeftOutOfADraft() throws Exception {
			mvc.perform(createWith("""
					{"question": "%s", "reason": "NO_DIAGNOSIS", "specialty": "neurology"}""".formatted(QUESTION))
				.with(TestTokens.anna())).andExpect(status().isCreated()).andExpect(jsonPath("$.insurer").isEmpty());
		}

		@Test
		void aQuestionThatIsNoRealQuestionIsRejectedWith400ListingTheField() throws Exception {
			mvc.perform(createWith("""
					{"question": "Help me", "reason": "CONFIRMATION", "specialty": "neurology"}""")
				.with(TestTokens.anna()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/invalid-input"))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.errors", hasSize(1)))
				.andExpect(jsonPath("$.errors[0].field").value("question"))
				.andExpect(jsonPath("$.errors[0].message").value("must contain at least 3 words"));
		}

		@Test
		void missingAndMalformedFieldsAreAllListed() throws Exception {
			mvc.perform(createWith("""
					{"insurer": {"uzovi": "33", "policyNumber": "P 1"}}""").with(TestTokens.anna()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field", hasItem("question")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("reason")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("specialty")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("insurer.uzovi")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("insurer.policyNumber")));
		}

		@Test
		void anUnknownReasonIsRejectedWith400NamingTheFieldWithoutInternals() throws Exception {
			mvc.perform(createWith("""
					{"question": "%s", "reason": "CURIOSITY", "specialty": "neurology"}""".formatted(QUESTION))
				.with(TestTokens.anna()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/invalid-input"))
				.andExpect(jsonPath("$.errors[0].field").value("reason"))
				.andExpect(jsonPath("$.errors[0].message", containsString("DOUBT_ABOUT_DIAGNOSIS")))
				.andExpect(content().string(not(containsString("tools.jackson"))))
				.andExpect(content().string(not(containsString("Exception"))));
		}

		@Test
		void brokenJsonIsRejectedWith400Problem() throws Exception {
			mvc.perform(createWith("{\"question\": ").with(TestTokens.anna()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(content().string(not(containsString("Exception"))));
		}

		@Test
		void aCallerWhoIsNotAPatientGets403Problem() throws Exception {
			mvc.perform(createWith(VALID_BODY).with(gp()))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/forbidden"));
		}

		@Test
		void aServiceAccountCannotCreateARequest() throws Exception {
			mvc.perform(createWith(VALID_BODY).with(TestTokens.service("dossier-service")))
				.andExpect(status().isForbidden());
		}

		@Test
		void withoutATokenTheAnswerIs401Problem() throws Exception {
			mvc.perform(createWith(VALID_BODY))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", "Bearer"))
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/unauthenticated"));
		}

		@Test
		void aBodyThatIsNotJsonGets415Problem() throws Exception {
			mvc.perform(post("/api/requests").with(TestTokens.anna())
				.contentType(MediaType.TEXT_PLAIN)
				.content("Is an operation really needed?"))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/unsupported-media-type"));
		}

	}

	@Nested
	class ReadOneRequest {

		@Test
		void theOwnerReadsBackWhatWasCreated() throws Exception {
			MvcResult created = mvc.perform(createWith(VALID_BODY).with(TestTokens.anna())).andReturn();
			String location = created.getResponse().getHeader("Location");

			String readBack = mvc.perform(get(location).with(TestTokens.anna()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(json.readTree(readBack)).isEqualTo(json.readTree(created.getResponse().getContentAsString()));
		}

		@Test
		void someoneElsesRequestLooksExactlyLikeAnUnknownOne() throws Exception {
			String annasId = create(TestTokens.anna(), VALID_BODY);

			JsonNode forBram = problemFor(get("/api/requests/" + annasId).with(TestTokens.bram()));
			JsonNode unknown = problemFor(
					get("/api/requests/" + "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f").with(TestTokens.bram()));

			assertThat(forBram.get("status").asInt()).isEqualTo(404);
			assertThat(forBram.get("instance").asString()).isEqualTo("/api/requests/" + annasId);
			// instance only echoes the path the caller asked for; everything else must
			// match.
			assertThat(withoutInstance(forBram)).isEqualTo(withoutInstance(unknown));
		}

		@Test
		void aMalformedIdIsAPlain404() throws Exception {
			JsonNode malformed = problemFor(get("/api/requests/not-an-id").with(TestTokens.anna()));

			assertThat(malformed.get("type").asString())
				.isEqualTo("https://secondopinion.nl/problems/request-not-found");
		}

		@Test
		void aRoleThatCannotSeeRequestsYetGets404() throws Exception {
			String annasId = create(TestTokens.anna(), VALID_BODY);

			mvc.perform(get("/api/requests/" + annasId).with(gp())).andExpect(status().isNotFound());
		}

		@Test
		void withoutATokenTheAnswerIs401() throws Exception {
			mvc.perform(get("/api/requests/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}

		private JsonNode problemFor(MockHttpServletRequestBuilder request) throws Exception {
			String body = mvc.perform(request.header("X-Correlation-ID", "corr-same-for-both"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return json.readTree(body);
		}

		private static JsonNode withoutInstance(JsonNode problem) {
			ObjectNode copy = ((ObjectNode) problem).deepCopy();
			copy.remove("instance");
			return copy;
		}

	}

	@Nested
	class ListRequests {

		@Test
		void aPatientSeesOnlyTheirOwnRequestsNewestFirst() throws Exception {
			String first = create(TestTokens.anna(), VALID_BODY);
			Thread.sleep(5);
			String second = create(TestTokens.anna(), VALID_BODY);
			create(TestTokens.bram(), VALID_BODY);

			mvc.perform(get("/api/requests").with(TestTokens.anna()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].id").value(second))
				.andExpect(jsonPath("$[1].id").value(first))
				.andExpect(jsonPath("$[*].owner", not(hasItem("bram"))));
		}

		@Test
		void aRoleThatCannotSeeRequestsYetGetsAnEmptyList() throws Exception {
			create(TestTokens.anna(), VALID_BODY);

			mvc.perform(get("/api/requests").with(gp()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(0)));
		}

	}

	@Nested
	class ErrorsAndPublicEndpoints {

		@Test
		void anUnknownPathGets404ProblemJson() throws Exception {
			mvc.perform(get("/api/requests/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f/nothing-here").with(TestTokens.anna()))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/not-found"));
		}

		@Test
		void aWrongMethodGets405ProblemJson() throws Exception {
			mvc.perform(delete("/api/requests").with(TestTokens.anna()))
				.andExpect(status().isMethodNotAllowed())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/method-not-allowed"));
		}

		@Test
		void everyProblemCarriesTheCorrelationId() throws Exception {
			mvc.perform(get("/api/requests/not-an-id").with(TestTokens.anna())
				.header("X-Correlation-ID", "corr-0123456789"))
				.andExpect(header().string("X-Correlation-ID", "corr-0123456789"))
				.andExpect(jsonPath("$.correlationId").value("corr-0123456789"));
		}

		@Test
		void theProbesAreUpWithoutATokenOnTheMongoStandIn() throws Exception {
			mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"));
			mvc.perform(get("/actuator/health/liveness"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"));
		}

		@Test
		void everyOperationStatesWhoMayCallIt() throws Exception {
			String document = mvc.perform(get("/v3/api-docs"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			JsonNode paths = json.readTree(document).get("paths");
			java.util.List<String> operations = new java.util.ArrayList<>();
			paths.properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
				operations.add(operation.getKey() + " " + path.getKey());
				assertThat(operation.getValue().path("description").asString())
					.as("%s %s", operation.getKey(), path.getKey())
					.contains("Who may call");
			}));
			assertThat(operations).contains("post /api/requests/{id}/appointment",
					"get /internal/requests/{id}/context", "get /api/consultants",
					"post /api/requests/{id}/referral-refusal");
		}

		@Test
		void theOpenApiDocumentIsPublicAndListsTheEndpoints() throws Exception {
			mvc.perform(get("/v3/api-docs"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/requests'].post").exists())
				.andExpect(jsonPath("$.paths['/api/requests/{id}/coverage-estimate'].get.description",
						containsString("Who may call")));
		}

	}

}
