package nl.secondopinion.insurance.mediation;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.insurance.event.EventRelay;
import nl.secondopinion.insurance.testsupport.ReferralStubs;
import nl.secondopinion.insurance.testsupport.WithDownstreams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The care-mediation desks: a patient asks their own insurer; only that insurer's
 * mediators see and handle it, with the consultants referral-service lets the patient
 * choose.
 */
class MediationApiIT extends WithDownstreams {

	private static final String BODY = """
			{"requestId":"%s","questionCategory":"DOUBT_ABOUT_TREATMENT",
			 "waitingWish":{"maxWaitingWeeks":4,"maxTravelMinutes":90,"languages":["nl"]},
			 "contactPreference":{"channel":"PHONE","phone":"+31 6 12345678","bestTime":"MORNING"}}""";

	@Autowired
	EventRelay relay;

	private String requestId;

	@BeforeEach
	void annasRequestWithZilverenKruis() {
		this.requestId = UUID.randomUUID().toString();
		ReferralStubs.context(SERVICES, this.requestId, "3311", "PRESENT", false);
		ReferralStubs.candidates(SERVICES, this.requestId);
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
	}

	private ResultActions open(RequestPostProcessor token) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/api/mediation/requests")
			.with(token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted(this.requestId)));
	}

	private String opened() throws Exception {
		return JsonPath.read(open(ReferralStubs.anna()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private ResultActions propose(String id, RequestPostProcessor token, String consultants) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/api/mediation/requests/" + id + "/proposals")
			.with(token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"consultantIds\":[" + consultants + "],\"note\":\"Kortere wachttijd\"}"));
	}

	private ResultActions get(String path, RequestPostProcessor token) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).with(token));
	}

	@Nested
	class Asking {

		@Test
		void whenAnnaAsksHerInsurer_thenTheRequestIsOpenWithADueDateTwoWorkingDaysAhead() throws Exception {
			open(ReferralStubs.anna()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.insurerUzovi").value("3311"))
				.andExpect(jsonPath("$.specialty").value("neurology"))
				.andExpect(jsonPath("$.status").value("OPEN"))
				.andExpect(jsonPath("$.dueBy").isNotEmpty());
		}

		@Test
		void whenBramAsksForAnnasRequest_then404() throws Exception {
			open(ReferralStubs.bram()).andExpect(status().isNotFound());
		}

		@Test
		void whenAMediationIsAlreadyOpen_then409() throws Exception {
			opened();
			open(ReferralStubs.anna()).andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/mediation-already-open"));
		}

		@Test
		void whenTheWishIsNotStructured_then400() throws Exception {
			mvc.perform(MockMvcRequestBuilders.post("/api/mediation/requests")
				.with(ReferralStubs.anna())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"requestId\":\"%s\",\"questionCategory\":\"MY_STORY\"}".formatted(requestId)))
				.andExpect(status().isBadRequest());
		}

	}

	@Nested
	class TenantIsolation {

		@Test
		void whenTheOtherInsurersMediatorAsksForAnything_thenTheSame404AsForNothing() throws Exception {
			String id = opened();

			get("/api/mediation/requests", ReferralStubs.mediatorCz()).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(id))));
			String foreign = get("/api/mediation/requests/" + id, ReferralStubs.mediatorCz())
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String unknown = get("/api/mediation/requests/" + UUID.randomUUID(), ReferralStubs.mediatorCz())
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(JsonPath.<String>read(foreign, "$.detail")).isEqualTo(JsonPath.read(unknown, "$.detail"));
			get("/api/mediation/requests/" + id + "/candidates", ReferralStubs.mediatorCz())
				.andExpect(status().isNotFound());
			propose(id, ReferralStubs.mediatorCz(), "\"c-visser\"").andExpect(status().isNotFound());
			mvc.perform(MockMvcRequestBuilders.post("/api/mediation/requests/" + id + "/outcome")
				.with(ReferralStubs.mediatorCz())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"NO_SHORTER_WAIT_FOUND\"}")).andExpect(status().isNotFound());
		}

		@Test
		void whenTheOwnInsurersMediatorLists_thenTheRequestIsThereWithoutMedicalContent() throws Exception {
			String id = opened();

			get("/api/mediation/requests", ReferralStubs.mediatorZk()).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id), hasSize(1)))
				.andExpect(jsonPath("$[0].questionCategory").value("DOUBT_ABOUT_TREATMENT"))
				.andExpect(jsonPath("$[0].waitingWish.maxWaitingWeeks").value(4))
				.andExpect(jsonPath("$[0].contactPreference.channel").value("PHONE"))
				.andExpect(jsonPath("$[0].question").doesNotExist())
				.andExpect(jsonPath("$[0].report").doesNotExist());
		}

		@Test
		void whenAPatientTriesTheDeskEndpoints_thenForbidden() throws Exception {
			String id = opened();

			get("/api/mediation/requests/" + id, ReferralStubs.anna()).andExpect(status().isOk());
			get("/api/mediation/requests/" + id + "/candidates", ReferralStubs.anna())
				.andExpect(status().isForbidden());
			get("/api/mediation/requests/" + id, ReferralStubs.bram()).andExpect(status().isNotFound());
		}

	}

	@Nested
	class Handling {

		@Test
		void whenTheMediatorProposesFromTheCandidates_thenThePatientIsToldAndTheTurnaroundCounts() throws Exception {
			String id = opened();

			get("/api/mediation/requests/" + id + "/candidates", ReferralStubs.mediatorZk()).andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].id").value("c-bakker"))
				.andExpect(jsonPath("$[0].waitingWeeks").value(3))
				.andExpect(jsonPath("$[1].id").value("c-smit"));
			SERVICES.verify(getRequestedFor(urlPathEqualTo("/internal/requests/" + requestId + "/candidates"))
				.withQueryParam("maxWaitingWeeks", equalTo("4")));
			propose(id, ReferralStubs.mediatorZk(), "\"c-smit\",\"c-bakker\"").andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("PROPOSED"))
				.andExpect(jsonPath("$.proposals[0].consultants[0].waitingWeeks").value(4))
				.andExpect(jsonPath("$.firstProposalAt").isNotEmpty());

			get("/api/mediation/turnaround", ReferralStubs.mediatorZk()).andExpect(status().isOk())
				.andExpect(jsonPath("$.insurerUzovi").value("3311"))
				.andExpect(jsonPath("$.targetWorkingDays").value(2))
				.andExpect(jsonPath("$.requests").value(1))
				.andExpect(jsonPath("$.proposedWithinTarget").value(1));
			get("/api/mediation/turnaround", ReferralStubs.mediatorCz()).andExpect(jsonPath("$.requests").value(0));

			assertThat(relay.relay()).isEqualTo(1);
			SERVICES.verify(postRequestedFor(urlEqualTo("/internal/events"))
				.withRequestBody(matchingJsonPath("$.type", equalTo("MEDIATION_PROPOSAL")))
				.withRequestBody(matchingJsonPath("$.recipients[0].userId", equalTo(ReferralStubs.ANNA)))
				.withRequestBody(matchingJsonPath("$.data.mediationId", equalTo(id)))
				.withRequestBody(matchingJsonPath("$.data.shortestWaitingWeeks", equalTo("3"))));
		}

		@Test
		void whenAConsultantIsNoCandidate_then422AndNothingIsProposed() throws Exception {
			String id = opened();

			// dr. Visser works at the treating doctor's own hospital: referral-service
			// leaves him out
			propose(id, ReferralStubs.mediatorZk(), "\"c-bakker\",\"c-visser\"")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/consultant-not-candidate"))
				.andExpect(jsonPath("$.consultantId").value("c-visser"))
				.andExpect(jsonPath("$.detail").value(containsString("independent of the treating doctor")))
				.andExpect(jsonPath("$.detail").value(containsString("4 weeks")));
			propose(id, ReferralStubs.mediatorZk(), "\"c-nobody\"").andExpect(status().isUnprocessableContent());
			get("/api/mediation/requests/" + id, ReferralStubs.mediatorZk())
				.andExpect(jsonPath("$.status").value("OPEN"))
				.andExpect(jsonPath("$.proposals", hasSize(0)));
		}

		@Test
		void whenTheOutcomeIsRecorded_thenClosedAndNothingMoreCanBeAdded() throws Exception {
			String id = opened();
			propose(id, ReferralStubs.mediatorZk(), "\"c-bakker\"");
			SERVICES.stubFor(post(urlEqualTo("/internal/requests/" + requestId + "/consultant"))
				.willReturn(aResponse().withStatus(200)));

			mvc.perform(MockMvcRequestBuilders.post("/api/mediation/requests/" + id + "/outcome")
				.with(ReferralStubs.mediatorZk())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"PROPOSAL_ACCEPTED\",\"consultantId\":\"c-smit\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/consultant-not-proposed"));
			mvc.perform(MockMvcRequestBuilders.post("/api/mediation/requests/" + id + "/outcome")
				.with(ReferralStubs.mediatorZk())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"PROPOSAL_ACCEPTED\",\"consultantId\":\"c-bakker\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CLOSED"))
				.andExpect(jsonPath("$.outcome.kind").value("PROPOSAL_ACCEPTED"));
			SERVICES.verify(1,
					postRequestedFor(urlEqualTo("/internal/requests/" + requestId + "/consultant"))
						.withRequestBody(matchingJsonPath("$.consultantId", equalTo("c-bakker")))
						.withRequestBody(matchingJsonPath("$.mediationId", equalTo(id))));
			propose(id, ReferralStubs.mediatorZk(), "\"c-bakker\"").andExpect(status().isConflict());
		}

	}

}
