package nl.secondopinion.insurance.coverage;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
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
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A decision records the request facts it rests on; reading the current decision compares
 * them with the request's context and, when they changed, decides again through the
 * patient's own check path.
 */
class CoverageBasisRecheckIT extends WithDownstreams {

	private String requestId;

	@BeforeEach
	void newRequest() {
		this.requestId = UUID.randomUUID().toString();
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
	}

	private RequestContextStub annasRequest() {
		return RequestContextStub.of(this.requestId).insurer("3311");
	}

	private String check(String bsn) throws Exception {
		return JsonPath.read(this.mvc
			.perform(MockMvcRequestBuilders.post("/api/coverage/checks")
				.with(ReferralStubs.anna())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"requestId\":\"%s\",\"bsn\":\"%s\"}".formatted(this.requestId, bsn)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.checkId");
	}

	private ResultActions gate() throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get("/internal/coverage/requests/" + this.requestId)
			.with(TestTokens.service("referral-service")));
	}

	private ResultActions patientRead(RequestPostProcessor token) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.get("/api/coverage/requests/" + this.requestId + "/latest").with(token));
	}

	private Document stored(String checkId) {
		return this.mongo.getCollection(CoverageCheck.COLLECTION).find(new Document("_id", checkId)).first();
	}

	private static String checkIdOf(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.checkId");
	}

	@Nested
	class WhenTheFactsChange {

		@Test
		void whenCheckedBeforeTheReferralAndTheReferralArrives_thenTheLatestDecisionIsCoveredBasic() throws Exception {
			annasRequest().referral("NONE", "gp").stub(SERVICES);
			String before = check("999990019");
			gate().andExpect(status().isOk())
				.andExpect(jsonPath("$.decision").value("NOT_COVERED"))
				.andExpect(jsonPath("$.checkId").value(before))
				.andExpect(jsonPath("$.recheckNeeded").value(false));

			annasRequest().referral("PRESENT", "gp").stub(SERVICES);

			String after = checkIdOf(gate().andExpect(status().isOk())
				.andExpect(jsonPath("$.decision").value("COVERED_BASIC"))
				.andExpect(jsonPath("$.checkId").value(not(before)))
				.andExpect(jsonPath("$.decidedAt").isNotEmpty())
				.andExpect(jsonPath("$.recheckNeeded").value(false)));
			gate().andExpect(jsonPath("$.checkId").value(after));
			assertThat(
					mongo.getCollection(CoverageCheck.COLLECTION).countDocuments(new Document("requestId", requestId)))
				.isEqualTo(2);
			assertThat(stored(before).get("bsnSealed")).isNull();
			assertThat(stored(after).getString("bsnSealed")).isNotBlank().doesNotContain("999990019");
			assertThat(stored(after).get("basis", Document.class).getString("referralStatus")).isEqualTo("PRESENT");
			assertThat(stored(after).getList("pendingEvents", Document.class))
				.anySatisfy((event) -> assertThat(event.getString("type")).isEqualTo("COVERAGE_DECIDED"));
		}

		@Test
		void whenThePatientReadsHerLatestCheckAfterTheReferralWasRefused_thenItIsDecidedAgainForHer() throws Exception {
			annasRequest().referral("PRESENT", "gp").stub(SERVICES);
			String before = check("999990019");

			annasRequest().referral("REFUSED", "gp").stub(SERVICES);

			patientRead(ReferralStubs.anna()).andExpect(status().isOk())
				.andExpect(jsonPath("$.decision").value("NOT_COVERED"))
				.andExpect(jsonPath("$.checkId").value(not(before)))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("REFERRAL_REFUSED")))
				.andExpect(jsonPath("$.bsn").value("******019"))
				.andExpect(jsonPath("$.recheckNeeded").value(false));
			patientRead(ReferralStubs.carla()).andExpect(status().isOk());
			patientRead(ReferralStubs.bram()).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/request-not-found"));
			patientRead(ReferralStubs.mediatorZk()).andExpect(status().isForbidden());
		}

		@Test
		void whenTheFactsChangeWhileTheInsurerIsDown_thenTheNewDecisionIsPendingNotAGuess() throws Exception {
			annasRequest().referral("NONE", "gp").stub(SERVICES);
			check("999990019");
			eligibilities.forgetAll();
			SANDBOX.stubFor(get(urlPathMatching("/insurers/3311/eligibility")).atPriority(0)
				.willReturn(aResponse().withStatus(503)));

			annasRequest().referral("PRESENT", "gp").stub(SERVICES);

			String pending = checkIdOf(gate().andExpect(status().isOk())
				.andExpect(jsonPath("$.decision").value("PENDING"))
				.andExpect(jsonPath("$.recheckNeeded").value(false)));
			assertThat(stored(pending).get("nextRecheckAt")).isNotNull();
		}

	}

	@Nested
	class WhenItCannotOrNeedNotBeDecidedAgain {

		@Test
		void whenTheRequestHasEnded_thenTheDecisionStaysAndTheNumberIsErased() throws Exception {
			annasRequest().referral("NONE", "gp").stub(SERVICES);
			String checkId = check("999990019");

			annasRequest().referral("PRESENT", "gp").status("WITHDRAWN").stub(SERVICES);

			gate().andExpect(jsonPath("$.checkId").value(checkId))
				.andExpect(jsonPath("$.decision").value("NOT_COVERED"))
				.andExpect(jsonPath("$.recheckNeeded").value(false));
			assertThat(stored(checkId).get("bsnSealed")).isNull();
		}

		@Test
		void whenNoNumberIsKept_thenTheOldDecisionIsFlaggedAsNeedingANewCheck() throws Exception {
			annasRequest().referral("NONE", "gp").stub(SERVICES);
			String checkId = check("999990019");
			mongo.getCollection(CoverageCheck.COLLECTION)
				.updateOne(new Document("_id", checkId), new Document("$unset", new Document("bsnSealed", "")));

			annasRequest().referral("PRESENT", "gp").stub(SERVICES);

			gate().andExpect(jsonPath("$.checkId").value(checkId))
				.andExpect(jsonPath("$.decision").value("NOT_COVERED"))
				.andExpect(jsonPath("$.recheckNeeded").value(true));
			patientRead(ReferralStubs.anna()).andExpect(jsonPath("$.recheckNeeded").value(true));
		}

		@Test
		void whenReferralServiceIsDown_thenThe503NotAPossiblyStaleDecision() throws Exception {
			annasRequest().referral("NONE", "gp").stub(SERVICES);
			check("999990019");
			SERVICES.stubFor(get(urlPathMatching("/internal/requests/.*/context")).atPriority(1)
				.willReturn(aResponse().withStatus(500)));

			gate().andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/referral-unavailable"));
		}

	}

}
