package nl.secondopinion.insurance.estimate;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import nl.secondopinion.insurance.testsupport.ReferralStubs;
import nl.secondopinion.insurance.testsupport.RequestContextStub;
import nl.secondopinion.insurance.testsupport.WithDownstreams;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The estimate referral-service shows the patient, from the request's own facts and the
 * coverage check's rules, so that the two cannot disagree.
 */
class RequestEstimateApiIT extends WithDownstreams {

	private String requestId;

	@BeforeEach
	void newRequest() {
		this.requestId = UUID.randomUUID().toString();
	}

	private ResultActions estimate() throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.get("/internal/coverage/requests/" + this.requestId + "/estimate")
				.with(TestTokens.service("referral-service")));
	}

	private ResultActions check(String bsn) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/api/coverage/checks")
			.with(ReferralStubs.anna())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestId\":\"%s\",\"bsn\":\"%s\"}".formatted(this.requestId, bsn)));
	}

	@Test
	void whenInsuredAbroad_thenTheEstimateIsUncertainWithTheCareCostTeamLikeTheCheck() throws Exception {
		RequestContextStub.of(requestId).insurer("3311").referral("PRESENT", "gp").insuredAbroad(true).stub(SERVICES);

		estimate().andExpect(status().isOk())
			.andExpect(jsonPath("$.estimate").value("UNCERTAIN"))
			.andExpect(jsonPath("$.insurerUzovi").value("3311"))
			.andExpect(jsonPath("$.insurerName").value("Zilveren Kruis"))
			.andExpect(jsonPath("$.reasons[*].code", hasItem("INSURED_ABROAD")))
			.andExpect(jsonPath("$.reasons[*].code", hasItem("CONTACT_CARE_COST_TEAM")))
			.andExpect(jsonPath("$.reasons[0].nl").isNotEmpty())
			.andExpect(jsonPath("$.reasons[0].en").isNotEmpty())
			.andExpect(jsonPath("$.basis").value("REQUEST_FACTS"))
			.andExpect(jsonPath("$.checkedAt").isNotEmpty());
		check("999990019").andExpect(jsonPath("$.decision").value("UNCERTAIN"))
			.andExpect(jsonPath("$.reasons[*].code", hasItem("CONTACT_CARE_COST_TEAM")));
	}

	@Test
	void whenTheGpReferred_thenLikelyCoveredForTheSameReasonTheCheckCoversIt() throws Exception {
		RequestContextStub.of(requestId).insurer("3311").referral("PRESENT", "gp").stub(SERVICES);

		estimate().andExpect(jsonPath("$.estimate").value("LIKELY_COVERED"))
			.andExpect(jsonPath("$.reasons[0].code").value("REFERRAL_VALID"))
			.andExpect(jsonPath("$.reasons[*].code", hasItem("DEDUCTIBLE_APPLIES")))
			.andExpect(jsonPath("$.reasons[*].code", hasItem("ESTIMATE_BEFORE_INSURER_CHECK")));
		check("999990019").andExpect(jsonPath("$.decision").value("COVERED_BASIC"));
	}

	@Test
	void whenThereIsNoReferralButTheStatedPackagePays_thenLikelyCovered() throws Exception {
		RequestContextStub.of(requestId).insurer("3311").supplementaryPackage("Aanvullend 3 sterren").stub(SERVICES);

		estimate().andExpect(jsonPath("$.estimate").value("LIKELY_COVERED"))
			.andExpect(jsonPath("$.reasons[*].code", hasItem("SUPPLEMENTARY_PAYS")));
	}

	@Test
	void whenASpecialistReferredForASecondOpinionAboutTheGp_thenItDependsOnTheSupplementaryPackage() throws Exception {
		RequestContextStub.of(requestId)
			.insurer("3311")
			.referral("PRESENT", "specialist")
			.treatingDoctorLevel("GENERAL_PRACTITIONER")
			.stub(SERVICES);

		estimate().andExpect(jsonPath("$.estimate").value("DEPENDS_ON_SUPPLEMENTARY"))
			.andExpect(jsonPath("$.reasons[0].code").value("GP_SECOND_OPINION_NEEDS_GP_REFERRAL"))
			.andExpect(jsonPath("$.reasons[*].code", not(hasItem("REFERRAL_VALID"))));
	}

	@Test
	void whenTheRequestOrItsInsurerIsUnknown_then404Or422() throws Exception {
		SERVICES.stubFor(get(urlPathMatching("/internal/requests/.*/context")).willReturn(aResponse().withStatus(404)));
		estimate().andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/request-not-found"));

		RequestContextStub.of(requestId).insurer("1234").stub(SERVICES);
		estimate().andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/unknown-insurer"));
	}

	@Test
	void whenReferralServiceIsDown_then503WithRetryAfter() throws Exception {
		SERVICES.stubFor(get(urlPathMatching("/internal/requests/.*/context")).willReturn(aResponse().withStatus(503)));

		estimate().andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/referral-unavailable"));
	}

	@Test
	void whenAPatientAsks_thenForbiddenAndNothingIsRead() throws Exception {
		this.mvc
			.perform(MockMvcRequestBuilders.get("/internal/coverage/requests/" + this.requestId + "/estimate")
				.with(ReferralStubs.anna()))
			.andExpect(status().isForbidden());

		assertThat(SERVICES.getAllServeEvents()).isEmpty();
	}

}
