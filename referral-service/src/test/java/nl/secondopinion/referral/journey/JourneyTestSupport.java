package nl.secondopinion.referral.journey;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.secondopinion.testing.EmbeddedMongo;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service with MockMvc in front and one WireMock behind standing in for Keycloak's
 * token endpoint, dossier-, insurance- and notification-service. The demo users carry the
 * realm's fixed ids and claims. Shared by the journey tests so they share one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class JourneyTestSupport {

	static final String TOKEN_PATH = "/realms/secondopinion/protocol/openid-connect/token";

	static final String EVENTS_PATH = "/internal/events";

	static final String QUESTION = "Is an operation really the only option for my hernia?";

	static final String BAKKER_ID = "c0000000-0000-4000-8000-000000000006";

	static final String VISSER_ID = "c0000000-0000-4000-8000-000000000007";

	static final String FULL_BODY = """
			{"question": "%s", "reason": "DOUBT_ABOUT_TREATMENT", "specialty": "neurology",
			 "treatingDoctor": {"name": "dr. P. Jansen", "level": "MEDICAL_SPECIALIST", "specialty": "neurology",
			                    "institution": "Ziekenhuis Noord", "agb": "03000002"},
			 "generalPractitioner": {"name": "dr. E. de Vries", "practice": "Huisartsenpraktijk De Linde",
			                         "agb": "01000001"},
			 "insurer": {"uzovi": "3311", "policyNumber": "ZK-1"},
			 "facts": {"treatedAbroad": false, "imagingDone": true, "pathologyDone": false, "operated": false}}"""
		.formatted(QUESTION);

	static final WireMockServer wiremock = new WireMockServer(options().dynamicPort());

	static {
		wiremock.start();
		Runtime.getRuntime().addShutdownHook(new Thread(wiremock::stop));
	}

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("referral-journey"));
		registry.add("keycloak.url", wiremock::baseUrl);
		registry.add("secondopinion.referral.insurance.url", wiremock::baseUrl);
		registry.add("secondopinion.referral.dossier.url", wiremock::baseUrl);
		registry.add("secondopinion.referral.notification.url", wiremock::baseUrl);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@BeforeEach
	void freshState() {
		wiremock.resetAll();
		wiremock
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("""
					{"access_token": "service-token-1", "token_type": "Bearer", "expires_in": 300}""")));
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
		this.authorizedClients.removeAuthorizedClient("referral-service", "anonymousUser");
		this.mongo.remove(new Query(), "requests");
		this.mongo.remove(new Query(), "idempotency_keys");
	}

	static String id(String nn) {
		return "5e0c0000-0000-4000-8000-0000000000" + nn;
	}

	static JwtRequestPostProcessor anna() {
		return TestTokens.user(id("01"), "anna", Map.of("locale", "nl"), "patient");
	}

	static JwtRequestPostProcessor bram() {
		return TestTokens.user(id("02"), "bram", Map.of("locale", "en"), "patient");
	}

	static JwtRequestPostProcessor carla() {
		return TestTokens.user(id("03"), "carla", Map.of("locale", "nl", "represents", "anna"), "representative");
	}

	static JwtRequestPostProcessor devries() {
		return TestTokens.user(id("04"), "dr.devries",
				Map.of("practice", "Huisartsenpraktijk De Linde", "agb", "01000001"), "gp");
	}

	static JwtRequestPostProcessor jansen() {
		return TestTokens.user(id("05"), "dr.jansen",
				Map.of("institution", "Ziekenhuis Noord", "specialty", "neurology", "agb", "03000002"), "specialist");
	}

	static JwtRequestPostProcessor bakker() {
		return TestTokens.user(id("06"), "dr.bakker",
				Map.of("institution", "UMC Zuid", "specialty", "neurology", "agb", "03000003"), "consultant");
	}

	static JwtRequestPostProcessor visser() {
		return TestTokens.user(id("07"), "dr.visser",
				Map.of("institution", "Ziekenhuis Noord", "specialty", "neurology", "agb", "03000004"), "consultant");
	}

	static JwtRequestPostProcessor intake() {
		return TestTokens.user(id("09"), "intake.umczuid", Map.of("institution", "UMC Zuid"), "intake-coordinator");
	}

	static JwtRequestPostProcessor mediator() {
		return TestTokens.user(id("10"), "mediator.zk", Map.of("insurer_uzovi", "3311"), "insurer-mediator");
	}

	static JwtRequestPostProcessor admin() {
		return TestTokens.user(id("12"), "admin", "platform-admin");
	}

	ResultActions step(JwtRequestPostProcessor who, String requestId, String step, String body) throws Exception {
		return this.mvc.perform(post("/api/requests/{id}/" + step, requestId).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions step(JwtRequestPostProcessor who, String requestId, String step) throws Exception {
		return step(who, requestId, step, "{}");
	}

	String create(JwtRequestPostProcessor who, String body) throws Exception {
		String answer = this.mvc
			.perform(post("/api/requests").with(who).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.id");
	}

	String submitted() throws Exception {
		String id = create(anna(), FULL_BODY);
		step(anna(), id, "submit").andExpect(status().isOk());
		return id;
	}

	String referred() throws Exception {
		String id = submitted();
		step(devries(), id, "referral", "{\"question\": \"Is surgery needed for the hernia at L4-L5?\"}")
			.andExpect(status().isOk());
		return id;
	}

	String assignedToBakker() throws Exception {
		String id = referred();
		step(anna(), id, "consultant", "{\"consultantId\": \"" + BAKKER_ID + "\"}").andExpect(status().isOk());
		return id;
	}

	String acceptedByBakker() throws Exception {
		String id = assignedToBakker();
		step(bakker(), id, "acceptance", "{\"triage\": \"CONVERSATION_ONLY\"}").andExpect(status().isOk());
		return id;
	}

	/**
	 * A report that answers the patient's question and, when {@code referred}, the GP's.
	 */
	static String reportBody(String outcome, boolean referred, boolean transfer) {
		String answers = referred ? """
				[{"question": "PATIENT_QUESTION", "answer": "No, physiotherapy is an option."},
				 {"question": "REFERRAL_QUESTION", "answer": "Surgery is not needed now."}]"""
				: "[{\"question\": \"PATIENT_QUESTION\", \"answer\": \"No, physiotherapy is an option.\"}]";
		return """
				{"outcome": "%s", "answers": %s, "impact": "TREATMENT_CHANGED",
				 "findings": "Herniation confirmed, no motor loss.", "recommendations": "Six weeks of physiotherapy first.",
				 "alternativeTreatmentOptions": ["Physiotherapy"], "transferOfCareAdvised": %s%s}"""
			.formatted(outcome, answers, transfer, transfer ? ", \"transferAdvice\": \"Surgery at UMC Zuid.\"" : "");
	}

	static void dossierAnswers(ResponseDefinitionBuilder answer) {
		wiremock.stubFor(get(urlPathMatching("/internal/dossiers/.*/checklist")).willReturn(answer));
	}

	static void dossierComplete() {
		dossierAnswers(okJson("{\"complete\": true, \"missing\": [], \"present\": []}"));
	}

	static void coverageAnswers(ResponseDefinitionBuilder answer) {
		wiremock.stubFor(get(urlPathMatching("/internal/coverage/requests/.*")).willReturn(answer));
	}

	static void coverageDecided(String decision) {
		coverageAnswers(okJson("{\"decision\": \"" + decision + "\", \"decidedAt\": \"2026-11-20T10:00:00Z\"}"));
	}

	static void noCoverageCheck() {
		coverageAnswers(aResponse().withStatus(404));
	}

	static String appointmentBody() {
		return "{\"at\": \"" + java.time.Instant.now().plus(java.time.Duration.ofDays(14)) + "\", "
				+ "\"location\": \"UMC Zuid, polikliniek neurologie\"}";
	}

}
