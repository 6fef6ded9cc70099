package nl.secondopinion.insurance.coverage;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.insurance.event.EventRelay;
import nl.secondopinion.insurance.testsupport.ReferralStubs;
import nl.secondopinion.insurance.testsupport.WithDownstreams;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coverage checks through the API, with referral-service, the insurer sandbox and
 * notification-service behind WireMock.
 */
@ExtendWith(OutputCaptureExtension.class)
class CoverageApiIT extends WithDownstreams {

	@Autowired
	PendingRechecks rechecks;

	@Autowired
	EventRelay relay;

	private String requestId;

	@BeforeEach
	void newRequest() {
		this.requestId = UUID.randomUUID().toString();
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
	}

	private ResultActions check(String bsn, RequestPostProcessor token) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/api/coverage/checks")
			.with(token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestId\":\"%s\",\"bsn\":\"%s\"}".formatted(this.requestId, bsn)));
	}

	private String checkId(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.checkId");
	}

	@Nested
	class Decisions {

		@Test
		void whenAnnaHasAReferralAndBasicInsurance_thenCoveredBasicWithEveryReasonInBothLanguages() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);

			check("999990019", ReferralStubs.anna()).andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/coverage/checks/")))
				.andExpect(jsonPath("$.decision").value("COVERED_BASIC"))
				.andExpect(jsonPath("$.decided").value(true))
				.andExpect(jsonPath("$.insurer.name").value("Zilveren Kruis"))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("REFERRAL_VALID")))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("DEDUCTIBLE_APPLIES")))
				.andExpect(jsonPath("$.reasons[0].nl").isNotEmpty())
				.andExpect(jsonPath("$.reasons[0].en").isNotEmpty())
				.andExpect(jsonPath("$.reasons[0].source").value("INSURER_ELIGIBILITY"))
				.andExpect(jsonPath("$.sources[*].source", hasItem("INSURER_ELIGIBILITY")))
				.andExpect(jsonPath("$.sources[0].at").isNotEmpty())
				.andExpect(jsonPath("$.bsn").value("******019"))
				.andExpect(content().string(not(containsString("999990019"))));
		}

		@Test
		void whenNoReferralButAPackageThatPays_thenCoveredSupplementary() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "NONE", false);

			check("999990020", ReferralStubs.anna()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.decision").value("COVERED_SUPPLEMENTARY"))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("SUPPLEMENTARY_PAYS")));
		}

		@Test
		void whenNoReferralAndAPackageThatDoesNotPay_thenNotCovered() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "9664", "REFUSED", false);

			check("999990044", ReferralStubs.anna()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.decision").value("NOT_COVERED"))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("REFERRAL_REFUSED")))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("SUPPLEMENTARY_DOES_NOT_PAY")));
		}

		@Test
		void whenNotInsured_thenNotCovered() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);

			check("999990007", ReferralStubs.anna()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.decision").value("NOT_COVERED"))
				.andExpect(jsonPath("$.reasons[0].code").value("NOT_INSURED"));
		}

		@Test
		void whenInsuredAbroadOrUnderATreaty_thenUncertainWithTheCareCostTeamAdvice() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", true);
			check("999990019", ReferralStubs.anna()).andExpect(jsonPath("$.decision").value("UNCERTAIN"))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("CONTACT_CARE_COST_TEAM")));

			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);
			check("999990056", ReferralStubs.anna()).andExpect(jsonPath("$.decision").value("UNCERTAIN"))
				.andExpect(jsonPath("$.reasons[*].code", hasItem("TREATY_ARRANGEMENT")));
		}

		@Test
		void whenTheInsurerAnswersGarbage_thenPendingNotAGuess() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);

			check("999990068", ReferralStubs.anna()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.decision").value("PENDING"))
				.andExpect(jsonPath("$.decided").value(false));
		}

		@Test
		void whenCheckedTwiceTheSameDay_thenTheSecondAnswerComesFromTheCacheAndSaysSo() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);

			check("999990019", ReferralStubs.anna()).andExpect(jsonPath("$.sources[0].cached").value(false));
			check("999990019", ReferralStubs.anna()).andExpect(jsonPath("$.sources[0].cached").value(true));

			assertThat(SANDBOX.getAllServeEvents()).hasSize(1);
		}

	}

	@Nested
	class WhoMayAsk {

		@Test
		void whenARepresentativeWithConsentAsks_thenTheCheckIsMade() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);

			check("999990019", ReferralStubs.carla()).andExpect(status().isCreated());
		}

		@Test
		void whenThePlatformAsksOnBehalfOfThePatient_thenTheCheckIsMade() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);

			check("999990019", TestTokens.service("referral-service")).andExpect(status().isCreated());
		}

		@Test
		void whenBramAsksForAnnasRequest_thenTheSame404AsForAnUnknownRequest() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);
			String foreign = check("999990019", ReferralStubs.bram()).andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			requestId = "unknown-" + UUID.randomUUID();
			SERVICES.stubFor(get(urlPathMatching("/internal/requests/unknown-.*/context"))
				.willReturn(aResponse().withStatus(404)));
			String unknown = check("999990019", ReferralStubs.bram()).andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(JsonPath.<String>read(foreign, "$.type")).isEqualTo(JsonPath.read(unknown, "$.type"));
			assertThat(JsonPath.<String>read(foreign, "$.detail")).isEqualTo(JsonPath.read(unknown, "$.detail"));
			assertThat(SANDBOX.getAllServeEvents()).isEmpty();
		}

		@Test
		void whenAMediatorTriesToStartACheck_thenForbidden() throws Exception {
			check("999990019", ReferralStubs.mediatorZk()).andExpect(status().isForbidden());
		}

		@Test
		void whenTheBsnFailsTheElevenTest_then400WithoutEchoingItAndNothingIsAsked() throws Exception {
			check("123456789", ReferralStubs.anna()).andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/invalid-bsn"))
				.andExpect(jsonPath("$.errors[0].field").value("bsn"))
				.andExpect(content().string(not(containsString("123456789"))));

			assertThat(SERVICES.findAll(
					com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathMatching("/internal/.*"))))
				.isEmpty();
		}

		@Test
		void whenReferralServiceSays404Repeatedly_thenItsBreakerStaysClosed() throws Exception {
			SERVICES
				.stubFor(get(urlPathMatching("/internal/requests/.*/context")).willReturn(aResponse().withStatus(404)));

			for (int i = 0; i < 8; i++) {
				check("999990019", ReferralStubs.anna()).andExpect(status().isNotFound());
			}

			var breaker = breakers.circuitBreaker("referral-service");
			assertThat(breaker.getState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
			assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		}

		@Test
		void whenReferralServiceIsDown_then503WithRetryAfterAndNothingStored() throws Exception {
			SERVICES
				.stubFor(get(urlPathMatching("/internal/requests/.*/context")).willReturn(aResponse().withStatus(500)));

			check("999990019", ReferralStubs.anna()).andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/referral-unavailable"));

			assertThat(mongo.getCollection(CoverageCheck.COLLECTION).countDocuments()).isZero();
		}

	}

	@Nested
	class Pending {

		@Test
		void whenTheInsurerIsDown_thenPendingAndTheRecheckCompletesItAfterRecoveryWithEvents() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "0101", "PRESENT", false);

			String checkId = checkId(check("999990019", ReferralStubs.anna()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.decision").value("PENDING"))
				.andExpect(jsonPath("$.reasons[0].code").value("INSURER_UNREACHABLE"))
				.andExpect(jsonPath("$.nextRecheckAt").isNotEmpty()));
			Document stored = storedCheck(checkId);
			assertThat(stored.getString("bsnSealed")).isNotBlank().doesNotContain("999990019");
			assertThat(stored.toJson()).doesNotContain("999990019");

			// still down: the re-check leaves it pending
			makeDue(checkId);
			assertThat(rechecks.recheckDue(10)).isZero();
			assertThat(storedCheck(checkId).getString("decision")).isEqualTo("PENDING");
			assertThat(storedCheck(checkId).getInteger("recheckAttempts")).isEqualTo(1);

			// the insurer recovers
			breakers.circuitBreaker("insurer-0101").reset();
			SANDBOX.stubFor(get(urlPathMatching("/insurers/0101/eligibility")).atPriority(0).willReturn(okJson("""
					{"insured": true, "insurerUzovi": "0101", "insurerName": "Sandbox", "basicInsurance": true}""")));
			makeDue(checkId);
			assertThat(rechecks.recheckDue(10)).isEqualTo(1);

			mvc.perform(MockMvcRequestBuilders.get("/api/coverage/checks/" + checkId).with(ReferralStubs.anna()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.decision").value("COVERED_BASIC"))
				.andExpect(jsonPath("$.decidedAt").isNotEmpty());
			// kept sealed, to decide again when the request's facts change
			assertThat(storedCheck(checkId).getString("bsnSealed")).isNotBlank().doesNotContain("999990019");

			assertThat(relay.relay()).isEqualTo(2);
			SERVICES.verify(postRequestedFor(urlEqualTo("/internal/events"))
				.withHeader("Authorization", equalTo("Bearer insurance-service-token"))
				.withRequestBody(matchingJsonPath("$.type", equalTo("COVERAGE_PENDING")))
				.withRequestBody(matchingJsonPath("$.source", equalTo("insurance-service")))
				.withRequestBody(matchingJsonPath("$.recipients[0].userId", equalTo(ReferralStubs.ANNA))));
			SERVICES.verify(postRequestedFor(urlEqualTo("/internal/events"))
				.withRequestBody(matchingJsonPath("$.type", equalTo("COVERAGE_DECIDED")))
				.withRequestBody(matchingJsonPath("$.data.decision", equalTo("COVERED_BASIC")))
				.withRequestBody(matchingJsonPath("$.data.checkId", equalTo(checkId))));
			assertThat(storedCheck(checkId).getList("pendingEvents", Document.class)).isEmpty();
		}

		@Test
		void whenThePendingChecksInsurerIsNoLongerConfigured_thenItsRechecksStopAndTheOthersGoOn() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "0101", "PRESENT", false);
			String orphan = checkId(check("999990019", ReferralStubs.anna()));
			String orphansRequest = requestId;
			requestId = UUID.randomUUID().toString();
			ReferralStubs.context(SERVICES, requestId, "0101", "PRESENT", false);
			String other = checkId(check("999990019", ReferralStubs.anna()));
			// the request and its check name an insurer the platform no longer knows
			ReferralStubs.context(SERVICES, orphansRequest, "0000", "PRESENT", false);
			mongo.getCollection(CoverageCheck.COLLECTION)
				.updateOne(new Document("_id", orphan), new Document("$set", new Document("insurerUzovi", "0000")));
			makeDue(orphan);
			makeDue(other);

			rechecks.recheckDue(10);

			assertThat(storedCheck(orphan).get("nextRecheckAt")).isNull();
			assertThat(storedCheck(orphan).get("bsnSealed")).isNull();
			assertThat(storedCheck(other).getInteger("recheckAttempts")).isEqualTo(1);
		}

		@Test
		void whenChecksRunThroughEveryPath_thenTheCitizenServiceNumberNeverReachesTheLog(CapturedOutput output)
				throws Exception {
			ReferralStubs.context(SERVICES, requestId, "0101", "PRESENT", false);
			String checkId = checkId(check("999990019", ReferralStubs.anna()));
			makeDue(checkId);
			rechecks.recheckDue(10);
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);
			check("999990068", ReferralStubs.anna());
			check("999990007", ReferralStubs.anna());
			check("999990020", ReferralStubs.anna());
			check("123456782", ReferralStubs.anna());

			assertThat(output.getAll()).contains("coverage check")
				.doesNotContain("999990019")
				.doesNotContain("999990068")
				.doesNotContain("999990007")
				.doesNotContain("999990020")
				.doesNotContain("123456782");
		}

		private Document storedCheck(String checkId) {
			return mongo.getCollection(CoverageCheck.COLLECTION).find(new Document("_id", checkId)).first();
		}

		private void makeDue(String checkId) {
			mongo.getCollection(CoverageCheck.COLLECTION)
				.updateOne(new Document("_id", checkId), new Document("$set",
						new Document("nextRecheckAt", java.util.Date.from(java.time.Instant.now().minusSeconds(1)))));
		}

	}

	@Nested
	class Reading {

		@Test
		void whenTheLatestDecisionIsAskedByAService_thenTheContractShape() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);
			check("999990019", ReferralStubs.anna());
			String latest = checkId(check("999990007", ReferralStubs.anna()));

			mvc.perform(MockMvcRequestBuilders.get("/internal/coverage/requests/" + requestId)
				.with(TestTokens.service("referral-service")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.requestId").value(requestId))
				.andExpect(jsonPath("$.decision").value("NOT_COVERED"))
				.andExpect(jsonPath("$.checkId").value(latest))
				.andExpect(jsonPath("$.decidedAt").isNotEmpty());
		}

		@Test
		void whenNoCheckExists_then404AndUsersMayNotAskTheInternalEndpoint() throws Exception {
			mvc.perform(MockMvcRequestBuilders.get("/internal/coverage/requests/" + requestId)
				.with(TestTokens.service("referral-service")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(
					MockMvcRequestBuilders.get("/internal/coverage/requests/" + requestId).with(ReferralStubs.anna()))
				.andExpect(status().isForbidden());
		}

		@Test
		void whenOthersReadACheck_thenOnlyTheOwnInsurersMediatorSeesIt() throws Exception {
			ReferralStubs.context(SERVICES, requestId, "3311", "PRESENT", false);
			String checkId = checkId(check("999990019", ReferralStubs.anna()));

			for (RequestPostProcessor reader : List.of(ReferralStubs.anna(), ReferralStubs.carla(),
					ReferralStubs.mediatorZk())) {
				mvc.perform(MockMvcRequestBuilders.get("/api/coverage/checks/" + checkId).with(reader))
					.andExpect(status().isOk());
			}
			for (RequestPostProcessor stranger : List.of(ReferralStubs.bram(), ReferralStubs.mediatorCz())) {
				mvc.perform(MockMvcRequestBuilders.get("/api/coverage/checks/" + checkId).with(stranger))
					.andExpect(status().isNotFound());
			}
		}

	}

}
