package nl.secondopinion.insurance.mediation;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.insurance.testsupport.ReferralStubs;
import nl.secondopinion.insurance.testsupport.RequestContextStub;
import nl.secondopinion.insurance.testsupport.WithDownstreams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a desk's accepted proposal does at referral-service, and the request's phase the
 * desk sees.
 */
class MediationDeskIT extends WithDownstreams {

	private String requestId;

	private String mediationId;

	@BeforeEach
	void annasMediationWithAProposal() throws Exception {
		this.requestId = UUID.randomUUID().toString();
		RequestContextStub.of(this.requestId).insurer("3311").referral("PRESENT", "gp").stub(SERVICES);
		ReferralStubs.candidates(SERVICES, this.requestId);
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
		this.mediationId = JsonPath.read(this.mvc
			.perform(MockMvcRequestBuilders.post("/api/mediation/requests")
				.with(ReferralStubs.anna())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"requestId":"%s","questionCategory":"CONFIRMATION","waitingWish":{"languages":["nl"]},
						 "contactPreference":{"channel":"EMAIL"}}""".formatted(this.requestId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc
			.perform(MockMvcRequestBuilders.post("/api/mediation/requests/" + this.mediationId + "/proposals")
				.with(ReferralStubs.mediatorZk())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantIds\":[\"c-bakker\"]}"))
			.andExpect(status().isCreated());
	}

	private ResultActions accept() throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/api/mediation/requests/" + this.mediationId + "/outcome")
			.with(ReferralStubs.mediatorZk())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"PROPOSAL_ACCEPTED\",\"consultantId\":\"c-bakker\"}"));
	}

	private void assignmentAnswers(int status, String problem) {
		SERVICES.stubFor(post(urlEqualTo("/internal/requests/" + this.requestId + "/consultant"))
			.willReturn(aResponse().withStatus(status)
				.withHeader("Content-Type", "application/problem+json")
				.withBody(problem)));
	}

	private ResultActions read(RequestPostProcessor token) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get("/api/mediation/requests/" + this.mediationId).with(token));
	}

	@Nested
	class AcceptingAProposal {

		@Test
		void whenReferralServiceRefusesTheConsultant_then422WithItsReasonAndTheMediationStaysOpen() throws Exception {
			assignmentAnswers(422, """
					{"type":"https://secondopinion.nl/problems/not-independent","title":"Not independent",
					 "status":422,"detail":"dr. A. Bakker works in the same practice as the treating doctor."}""");

			accept().andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/consultant-not-assignable"))
				.andExpect(jsonPath("$.reason").value("not-independent"))
				.andExpect(jsonPath("$.detail").value(
						"dr. A. Bakker works in the same practice as the treating doctor. The mediation stays open."));

			read(ReferralStubs.mediatorZk()).andExpect(jsonPath("$.status").value("PROPOSED"))
				.andExpect(jsonPath("$.outcome").isEmpty());
		}

		@Test
		void whenTheRequestIsNotInAStepThatAllowsIt_then422AndTheMediationStaysOpen() throws Exception {
			assignmentAnswers(409, """
					{"type":"https://secondopinion.nl/problems/illegal-transition","status":409,
					 "detail":"The request is closed; no consultant can be assigned."}""");

			accept().andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.reason").value("illegal-transition"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request is closed")));
			read(ReferralStubs.mediatorZk()).andExpect(jsonPath("$.status").value("PROPOSED"));
		}

		@Test
		void whenAnEarlierAttemptWentThroughAndOnlyItsAnswerWasLost_thenTheRetryClosesTheMediation() throws Exception {
			assignmentAnswers(409, """
					{"type":"https://secondopinion.nl/problems/illegal-transition","status":409,
					 "detail":"A consultant is already assigned."}""");
			RequestContextStub.of(requestId)
				.insurer("3311")
				.referral("PRESENT", "gp")
				.status("CONSULTANT_ASSIGNED")
				.assignedConsultant("c-bakker")
				.stub(SERVICES);

			accept().andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CLOSED"))
				.andExpect(jsonPath("$.requestPhase.status").value("CONSULTANT_ASSIGNED"));
		}

		@Test
		void whenReferralServiceIsDown_then503WithRetryAfterAndNothingChanged() throws Exception {
			assignmentAnswers(503, "{\"status\":503}");

			accept().andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/referral-unavailable"));
			read(ReferralStubs.mediatorZk()).andExpect(jsonPath("$.status").value("PROPOSED"));
		}

	}

	@Test
	void whenTheWishHasNoMaximumWait_thenTheCandidatesAreAskedWithoutOne() {
		SERVICES.verify(getRequestedFor(urlPathEqualTo("/internal/requests/" + requestId + "/candidates"))
			.withQueryParam("maxWaitingWeeks", absent()));
	}

	@Nested
	class ThePhaseOfTheCase {

		@Test
		void whenTheDeskReads_thenItSeesTheRequestsStatusAndSubmissionButNothingMedical() throws Exception {
			read(ReferralStubs.mediatorZk()).andExpect(status().isOk())
				.andExpect(jsonPath("$.requestPhase.status").value("SUBMITTED"))
				.andExpect(jsonPath("$.requestPhase.submittedAt").value("2026-12-01T09:30:00Z"))
				.andExpect(jsonPath("$.requestPhaseUnavailable").doesNotExist())
				.andExpect(jsonPath("$.requestPhase.treatingDoctor").doesNotExist())
				.andExpect(jsonPath("$.requestPhase.referral").doesNotExist());
			mvc.perform(MockMvcRequestBuilders.get("/api/mediation/requests").with(ReferralStubs.mediatorZk()))
				.andExpect(jsonPath("$[0].id").value(mediationId))
				.andExpect(jsonPath("$[0].requestPhase.status").value("SUBMITTED"));
		}

		@Test
		void whenReferralServiceIsDown_thenTheReadSucceedsWithThePhaseFlaggedUnavailable() throws Exception {
			SERVICES.stubFor(get(urlEqualTo("/internal/requests/" + requestId + "/context")).atPriority(1)
				.willReturn(aResponse().withStatus(500)));

			read(ReferralStubs.mediatorZk()).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("PROPOSED"))
				.andExpect(jsonPath("$.requestPhase").doesNotExist())
				.andExpect(jsonPath("$.requestPhaseUnavailable").value(true));
			mvc.perform(MockMvcRequestBuilders.get("/api/mediation/requests").with(ReferralStubs.mediatorZk()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].requestPhaseUnavailable").value(true));
		}

		@Test
		void whenThePatientReads_thenNoPhaseIsAdded() throws Exception {
			read(ReferralStubs.anna()).andExpect(status().isOk())
				.andExpect(jsonPath("$.requestPhase").doesNotExist())
				.andExpect(jsonPath("$.requestPhaseUnavailable").doesNotExist());
		}

		@Test
		void whenTheRequestNamesAnotherInsurerNow_thenTheOldDesksNoLongerSeesItsPhase() throws Exception {
			RequestContextStub.of(requestId).insurer("9664").stub(SERVICES);

			read(ReferralStubs.mediatorZk()).andExpect(status().isOk())
				.andExpect(jsonPath("$.requestPhase").doesNotExist())
				.andExpect(jsonPath("$.requestPhaseUnavailable").doesNotExist());
		}

	}

}
