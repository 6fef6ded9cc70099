package nl.secondopinion.dossier.document.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.Multipart;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.ReferralStub.Case;
import nl.secondopinion.dossier.Users;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hand-offs between the case in referral-service and the dossier, through the API:
 * one identity per doctor, grants to the assigned consultant, access that ends with the
 * case, and additional items that gate the appointment.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseHandOffIT {

	private static final String EVENTS = "/internal/events";

	private static final String PROBLEMS = "https://secondopinion.nl/problems/";

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-hand-off-it", "200ms");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakers;

	private String requestId;

	@BeforeEach
	void freshCase() {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		wiremock.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
		this.breakers.circuitBreaker("notification-service").reset();
		this.requestId = UUID.randomUUID().toString();
		caseIs(new Case(this.requestId));
	}

	private void caseIs(Case c) {
		ReferralStub.context(wiremock, c);
	}

	private ResultActions upload(RequestPostProcessor user, Map<String, String> fields) throws Exception {
		return this.mvc.perform(post("/api/dossiers/{id}/documents", this.requestId).with(user)
			.contentType(Multipart.formContentType())
			.content(Multipart.upload(fields, "brief.pdf", PDF)));
	}

	private static Map<String, String> letter(String type, String... more) {
		Map<String, String> fields = Multipart.fields("type", type, "language", "nl", "documentDate",
				LocalDate.now().minusDays(10).toString());
		fields.putAll(Multipart.fields(more));
		return fields;
	}

	private ResultActions getAs(RequestPostProcessor user, String path) throws Exception {
		return this.mvc.perform(get("/api/dossiers/{id}" + path, this.requestId).with(user));
	}

	private ResultActions grant(String consultantId) throws Exception {
		return this.mvc.perform(post("/api/dossiers/{id}/grants", this.requestId).with(Users.anna())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"consultantId\":\"%s\",\"validUntil\":\"%s\"}".formatted(consultantId,
					LocalDate.now().plusMonths(3))));
	}

	private String grantBakker() throws Exception {
		MvcResult result = grant(Users.BAKKER_DIRECTORY_ID).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private ResultActions ask(RequestPostProcessor user, String body) throws Exception {
		return this.mvc.perform(post("/api/dossiers/{id}/checklist/additional-items", this.requestId).with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private List<LoggedRequest> events(String type, int count) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			List<LoggedRequest> events = eventsOfType(type);
			if (events.size() >= count) {
				return events;
			}
			Thread.sleep(100);
		}
		return eventsOfType(type);
	}

	private List<LoggedRequest> eventsOfType(String type) {
		return wiremock.findAll(postRequestedFor(urlEqualTo(EVENTS)))
			.stream()
			.filter((e) -> e.getBodyAsString().contains(this.requestId)
					&& type.equals(JsonPath.read(e.getBodyAsString(), "$.type")))
			.toList();
	}

	@Nested
	class OneIdentityPerDoctor {

		@Test
		void theSpecialistKnownOnlyByAgbUploadsCorrespondenceAndHearsWhatIsMissing() throws Exception {
			caseIs(new Case(requestId).treatingDoctorKnownByAgbOnly());

			upload(Users.jansenByAgb(), letter("CORRESPONDENCE")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.uploadedBy.role").value("specialist"));

			getAs(Users.jansenByAgb(), "/checklist").andExpect(status().isOk())
				.andExpect(jsonPath("$.missing[*].item", not(hasItem("CORRESPONDENCE"))))
				.andExpect(jsonPath("$.missing[?(@.item == 'HISTORY_LETTER')].holder", contains("TREATING_DOCTOR")))
				.andExpect(jsonPath("$.missing[?(@.item == 'REFERRAL_LETTER')].holder", contains("TREATING_DOCTOR")))
				.andExpect(jsonPath("$.missing[0].requiredSince").doesNotExist());
			getAs(Users.jansenByAgb(), "/documents").andExpect(jsonPath("$", hasSize(1)));
		}

		@Test
		void theNamedGpContributesByAgbAndHoldsTheReferralLetter() throws Exception {
			caseIs(new Case(requestId).gpNamed().treatedAbroad(true));

			getAs(Users.anna(), "/checklist")
				.andExpect(jsonPath("$.missing[?(@.item == 'REFERRAL_LETTER')].holder", contains("GP")))
				.andExpect(jsonPath("$.missing[?(@.item == 'MRSA_SCREENING')].holder", contains("GP")))
				.andExpect(jsonPath("$.missing[?(@.item == 'IMAGING_STUDY')].holder", contains("TREATING_DOCTOR")));
			upload(Users.devriesByAgb(), letter("REFERRAL_LETTER")).andExpect(status().isCreated());
			mvc.perform(
					get("/internal/dossiers/{id}/checklist", requestId).with(TestTokens.service("referral-service")))
				.andExpect(jsonPath("$.missing[*].item", not(hasItem("REFERRAL_LETTER"))))
				.andExpect(jsonPath("$.missing[*].holder", hasItem("GP")));
		}

	}

	@Nested
	class Grants {

		@Test
		void aGrantToTheDirectoryIdTheRequestShowsLetsTheConsultantIn() throws Exception {
			upload(Users.anna(), letter("CORRESPONDENCE")).andExpect(status().isCreated());
			caseIs(new Case(requestId).assigned(Users.BAKKER));
			getAs(Users.bakker(), "/documents").andExpect(status().isNotFound());

			grant(Users.BAKKER_DIRECTORY_ID).andExpect(status().isCreated())
				.andExpect(jsonPath("$.consultantId").value(Users.BAKKER_DIRECTORY_ID))
				.andExpect(jsonPath("$.consultantUserId").value(Users.BAKKER))
				.andExpect(jsonPath("$.active").value(true));

			getAs(Users.bakker(), "/documents").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
		}

		@Test
		void aGrantToAStrangerIsRefusedAndNothingIsStored() throws Exception {
			caseIs(new Case(requestId).assigned(Users.BAKKER));

			grant("c-nobody").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "not-assigned-consultant"))
				.andExpect(jsonPath("$.detail").value(containsString("assigned")));
			grant(Users.BAKKER).andExpect(jsonPath("$.type").value(PROBLEMS + "not-assigned-consultant"));

			getAs(Users.anna(), "/grants").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
			Document stored = mongo.findById(requestId, Document.class, "dossiers");
			assertThat((stored != null) ? stored.getList("grants", Document.class) : List.of()).isEmpty();
		}

		@Test
		void withoutAnAssignedConsultantOrWithoutHisAccountNoGrantIsMade() throws Exception {
			grant(Users.BAKKER_DIRECTORY_ID).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "no-consultant-assigned"));

			caseIs(new Case(requestId).assignedWithoutAccount("c-new"));
			grant("c-new").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "consultant-without-account"));

			getAs(Users.anna(), "/grants").andExpect(jsonPath("$", hasSize(0)));
		}

		@Test
		void aGrantStoredWithTheUserIdBeforeTheChangeStillWorks() throws Exception {
			upload(Users.anna(), letter("CORRESPONDENCE")).andExpect(status().isCreated());
			caseIs(new Case(requestId).assigned(Users.BAKKER));
			grantBakker();
			// As grants were stored before: consultantId held the user id, nothing else.
			// The
			// version moves on, so the event relay's concurrent save does not undo this.
			mongo.updateFirst(Query.query(Criteria.where("_id").is(requestId)),
					new Update().set("grants.0.consultantId", Users.BAKKER)
						.unset("grants.0.consultantUserId")
						.inc("version", 1),
					"dossiers");

			getAs(Users.bakker(), "/documents").andExpect(status().isOk());
			getAs(Users.anna(), "/grants").andExpect(jsonPath("$[0].consultantId").value(Users.BAKKER))
				.andExpect(jsonPath("$[0].consultantUserId").value(Users.BAKKER));
		}

	}

	@Nested
	class AccessFollowsTheCase {

		@Test
		void theConsultantsAccessEndsWhenTheCaseIsClosedAndThePatientKeepsHers() throws Exception {
			upload(Users.anna(), letter("CORRESPONDENCE")).andExpect(status().isCreated());
			caseIs(new Case(requestId).assigned(Users.BAKKER));
			grantBakker();
			getAs(Users.bakker(), "/documents").andExpect(status().isOk());

			caseIs(new Case(requestId).assigned(Users.BAKKER).closed());

			getAs(Users.bakker(), "/documents").andExpect(status().isNotFound());
			getAs(Users.bakker(), "/checklist").andExpect(status().isNotFound());
			getAs(Users.anna(), "/documents").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
			grant(Users.BAKKER_DIRECTORY_ID).andExpect(jsonPath("$.type").value(PROBLEMS + "case-closed"));
		}

		@Test
		void revokingAGrantTellsTheConsultant() throws Exception {
			caseIs(new Case(requestId).assigned(Users.BAKKER));
			String grantId = grantBakker();

			mvc.perform(delete("/api/dossiers/{id}/grants/{grant}", requestId, grantId).with(Users.anna()))
				.andExpect(status().isNoContent());

			List<LoggedRequest> revoked = events("GRANT_REVOKED", 1);
			assertThat(revoked).hasSize(1);
			String body = revoked.get(0).getBodyAsString();
			assertThat(JsonPath.<String>read(body, "$.data.grantId")).isEqualTo(grantId);
			assertThat(JsonPath.<List<String>>read(body, "$.recipients[*].userId")).containsExactly(Users.BAKKER);
			assertThat(JsonPath.<List<String>>read(body, "$.recipients[*].role")).containsExactly("consultant");
		}

	}

	@Nested
	class AdditionalItems {

		private static final String TITLE = "Bloeduitslagen oktober (Hb, CRP)";

		private String askBakker(String holder, String extra) throws Exception {
			MvcResult result = ask(Users.bakker(),
					"{\"title\":\"%s\",\"holder\":\"%s\"%s}".formatted(TITLE, holder, extra))
				.andExpect(status().isCreated())
				.andReturn();
			return JsonPath.read(result.getResponse().getContentAsString(), "$.item");
		}

		@BeforeEach
		void aCaseWithTheConsultantAndAnOtherwiseCompleteDossier() throws Exception {
			caseIs(new Case(requestId).selfReferred(true).imagingDone(false).assigned(Users.BAKKER));
			upload(Users.anna(), letter("HISTORY_LETTER")).andExpect(status().isCreated());
			upload(Users.jansen(), letter("CORRESPONDENCE")).andExpect(status().isCreated());
			grantBakker();
		}

		@Test
		void anAskedItemIsMissingUntilAnUploadNamesItAndItsHolderIsTold() throws Exception {
			String due = LocalDate.now().plusDays(14).toString();
			mvc.perform(
					get("/internal/dossiers/{id}/checklist", requestId).with(TestTokens.service("referral-service")))
				.andExpect(jsonPath("$.complete").value(true));

			String item = askBakker("TREATING_DOCTOR",
					",\"dueDate\":\"%s\",\"documentType\":\"LAB_RESULTS\"".formatted(due));

			assertThat(item).startsWith("ADDITIONAL:");
			mvc.perform(
					get("/internal/dossiers/{id}/checklist", requestId).with(TestTokens.service("referral-service")))
				.andExpect(jsonPath("$.complete").value(false))
				.andExpect(jsonPath("$.missing[0].item").value(item))
				.andExpect(jsonPath("$.missing[0].nl").value(TITLE))
				.andExpect(jsonPath("$.missing[0].en").value(TITLE))
				.andExpect(jsonPath("$.missing[0].holder").value("TREATING_DOCTOR"))
				.andExpect(jsonPath("$.missing[0].requiredSince").isNotEmpty())
				.andExpect(jsonPath("$.missing[0].dueDate").value(due));
			getAs(Users.jansen(), "/checklist").andExpect(jsonPath("$.missing[*].item", contains(item)));

			upload(Users.jansen(), Multipart.fields("type", "OTHER", "checklistItem", item))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "checklist-item-type-differs"));
			upload(Users.jansen(), Multipart.fields("type", "LAB_RESULTS", "checklistItem", item))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.checklistItem").value(item));

			getAs(Users.anna(), "/checklist").andExpect(jsonPath("$.complete").value(true))
				.andExpect(jsonPath("$.present[*].item", hasItem(item)));
			List<LoggedRequest> asked = events("INFORMATION_REQUESTED", 1);
			assertThat(asked).hasSize(1);
			String body = asked.get(0).getBodyAsString();
			assertThat(JsonPath.<String>read(body, "$.data.itemId")).isEqualTo(item);
			assertThat(JsonPath.<String>read(body, "$.data.holder")).isEqualTo("TREATING_DOCTOR");
			assertThat(JsonPath.<String>read(body, "$.data.dueDate")).isEqualTo(due);
			assertThat(JsonPath.<List<String>>read(body, "$.recipients[*].userId")).contains(Users.ANNA, Users.CARLA,
					Users.JANSEN);
			assertThat(events("DOSSIER_COMPLETE", 2)).hasSize(2);
			assertThat(wiremock.findAll(postRequestedFor(urlEqualTo(EVENTS))))
				.allSatisfy((e) -> assertThat(e.getBodyAsString()).doesNotContain("Bloeduitslagen"));
		}

		@Test
		void theSitesIntakeAsksAndWithdrawsAndBothAreInTheAccessLog() throws Exception {
			MvcResult asked = ask(Users.intake(), "{\"title\":\"Verslag KNO-arts\",\"holder\":\"PATIENT\"}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.holder").value("PATIENT"))
				.andExpect(jsonPath("$.documentType").value("OTHER"))
				.andExpect(jsonPath("$.requestedByRole").value("intake-coordinator"))
				.andReturn();
			String id = JsonPath.read(asked.getResponse().getContentAsString(), "$.id");
			getAs(Users.anna(), "/checklist").andExpect(jsonPath("$.complete").value(false));

			mvc.perform(
					delete("/api/dossiers/{id}/checklist/additional-items/{item}", requestId, id).with(Users.intake()))
				.andExpect(status().isNoContent());

			getAs(Users.anna(), "/checklist").andExpect(jsonPath("$.complete").value(true));
			mvc.perform(
					delete("/api/dossiers/{id}/checklist/additional-items/{item}", requestId, id).with(Users.intake()))
				.andExpect(status().isNotFound());
			getAs(Users.anna(), "/access-log").andExpect(jsonPath("$[*].action", hasItem("ADDITIONAL_ITEM_REQUEST")))
				.andExpect(jsonPath("$[*].action", hasItem("ADDITIONAL_ITEM_WITHDRAW")))
				.andExpect(
						jsonPath("$[?(@.action == 'ADDITIONAL_ITEM_REQUEST')].purpose", contains("INTAKE_PLANNING")));
			assertThat(mongo.findAll(Document.class, "access_log"))
				.allSatisfy((entry) -> assertThat(entry.toJson()).doesNotContain("KNO-arts"));
		}

		@Test
		void onlyTheConsultantAndTheSitesIntakeMayAsk() throws Exception {
			String body = "{\"title\":\"Verslag\",\"holder\":\"PATIENT\"}";

			for (RequestPostProcessor other : List.of(Users.anna(), Users.jansen(), Users.visser(),
					TestTokens.service("referral-service"))) {
				ask(other, body).andExpect(status().isNotFound());
			}
			getAs(Users.anna(), "/checklist").andExpect(jsonPath("$.complete").value(true));
		}

		@Test
		void aTitleOrDateOrHolderThatCannotBeAskedIsRefusedWithTheReason() throws Exception {
			ask(Users.bakker(), "{\"title\":\"<script>x</script>\",\"holder\":\"PATIENT\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-item-title"));
			ask(Users.bakker(), "{\"title\":\"%s\",\"holder\":\"PATIENT\"}".formatted("x".repeat(201)))
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-item-title"));
			ask(Users.bakker(), "{\"title\":\"Verslag\",\"holder\":\"PATIENT\",\"dueDate\":\"2020-01-01\"}")
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-due-date"));
			ask(Users.bakker(), "{\"title\":\"Verslag\",\"holder\":\"GP\"}")
				.andExpect(jsonPath("$.type").value(PROBLEMS + "holder-not-named"));
			ask(Users.bakker(), "{\"title\":\"Verslag\",\"holder\":\"NEIGHBOUR\"}")
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-holder"));
			ask(Users.bakker(), "{\"title\":\"Verslag\",\"holder\":\"PATIENT\",\"documentType\":\"PHOTO\"}")
				.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-document-type"));
			upload(Users.anna(), Multipart.fields("type", "OTHER", "checklistItem", "ADDITIONAL:" + UUID.randomUUID()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-checklist-item"));

			getAs(Users.anna(), "/checklist").andExpect(jsonPath("$.complete").value(true));
		}

	}

}
