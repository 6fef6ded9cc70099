package nl.secondopinion.insurance.estimate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.secondopinion.testing.EmbeddedMongo;
import nl.secondopinion.testing.TestTokens;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class EstimateApiIT {

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("insurance-estimate-it"));
	}

	@Autowired
	MockMvc mvc;

	@Nested
	class PostCoverageEstimate {

		@Test
		void whenServiceAsksWithReferral_thenLikelyCoveredInBothLanguages() throws Exception {
			mvc.perform(estimate("{\"insurerUzovi\":\"3311\",\"referralStatus\":\"PRESENT\"}")
				.with(TestTokens.service("referral-service")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.estimate").value("LIKELY_COVERED"))
				.andExpect(jsonPath("$.insurerName").value("Zilveren Kruis"))
				.andExpect(jsonPath("$.reasons[0].code").value("REFERRAL_PRESENT"))
				.andExpect(jsonPath("$.reasons[0].nl").isNotEmpty())
				.andExpect(jsonPath("$.reasons[0].en").isNotEmpty())
				.andExpect(jsonPath("$.basis").value("GENERAL_RULES"));
		}

		@Test
		void whenInsurerUnknown_thenAnswers404Problem() throws Exception {
			mvc.perform(estimate("{\"insurerUzovi\":\"1234\",\"referralStatus\":\"NONE\"}")
				.with(TestTokens.service("referral-service")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/unknown-insurer"));
		}

		@Test
		void whenUzoviMalformed_thenAnswers400ProblemNamingTheField() throws Exception {
			mvc.perform(estimate("{\"insurerUzovi\":\"33\",\"referralStatus\":\"NONE\"}")
				.with(TestTokens.service("referral-service")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field", hasItem("insurerUzovi")));
		}

		@Test
		void whenReferralStatusUnknown_thenAnswers400ProblemWithoutInternals() throws Exception {
			mvc.perform(estimate("{\"insurerUzovi\":\"3311\",\"referralStatus\":\"MAYBE\"}")
				.with(TestTokens.service("referral-service")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(content().string(not(containsString("Exception"))))
				.andExpect(content().string(not(containsString("nl.secondopinion"))));
		}

		@Test
		void whenPatientCallsTheInternalEndpoint_thenAnswers403Problem() throws Exception {
			mvc.perform(estimate("{\"insurerUzovi\":\"3311\",\"referralStatus\":\"NONE\"}").with(TestTokens.anna()))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.correlationId").isNotEmpty());
		}

		@Test
		void whenNoToken_thenAnswers401Problem() throws Exception {
			mvc.perform(estimate("{\"insurerUzovi\":\"3311\",\"referralStatus\":\"NONE\"}"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", "Bearer"))
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/unauthenticated"));
		}

		private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder estimate(
				String body) {
			return post("/internal/coverage-estimates").contentType(MediaType.APPLICATION_JSON).content(body);
		}

	}

}
