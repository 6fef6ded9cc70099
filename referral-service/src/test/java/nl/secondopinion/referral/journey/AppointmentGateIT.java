package nl.secondopinion.referral.journey;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.bson.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The appointment gate against dossier-service and insurance-service, both played by
 * WireMock: what they answer, and what happens when they cannot.
 */
class AppointmentGateIT extends JourneyTestSupport {

	private Document stored(String id) {
		return this.mongo.findById(id, Document.class, "requests");
	}

	private int dossierCalls() {
		return wiremock.findAll(getRequestedFor(urlPathMatching("/internal/dossiers/.*/checklist"))).size();
	}

	@Nested
	class WhenTheDownstreamServicesAnswer {

		@Test
		void theChecklistIsAskedForThisRequestWithTheServiceToken() throws Exception {
			String id = acceptedByBakker();
			dossierComplete();
			coverageDecided("COVERED_SUPPLEMENTARY");

			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk())
				.andExpect(jsonPath("$.appointment.coverage").value("COVERED_SUPPLEMENTARY"));

			wiremock.verify(1, getRequestedFor(urlEqualTo("/internal/dossiers/" + id + "/checklist"))
				.withHeader("Authorization", equalTo("Bearer service-token-1")));
			wiremock.verify(1, getRequestedFor(urlEqualTo("/internal/coverage/requests/" + id))
				.withHeader("Authorization", equalTo("Bearer service-token-1")));
		}

		@Test
		void anUncertainOrPendingDecisionNeedsThePatientsAcceptance() throws Exception {
			String id = acceptedByBakker();
			dossierComplete();
			coverageDecided("PENDING");

			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("coverage-choice-needed"))
				.andExpect(jsonPath("$.coverage[0]").value("PENDING"));
			coverageDecided("NOT_COVERED");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.coverage[0]").value("NOT_COVERED"));
			coverageDecided("UNCERTAIN");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isUnprocessableContent());

			step(anna(), id, "coverage-choice", "{\"choice\": \"CARE_COST_TEAM_CONTACTED\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.coverageChoice.choice").value("CARE_COST_TEAM_CONTACTED"))
				.andExpect(jsonPath("$.consultant.careCostTeam.email").value("zorgkosten@umczuid.example"));
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk())
				.andExpect(jsonPath("$.appointment.coverage").value("UNCERTAIN"));
		}

		@Test
		void aChecklistWithoutCompleteIsABadGatewayNotAGuess() throws Exception {
			String id = acceptedByBakker();
			dossierAnswers(okJson("{\"missing\": []}"));
			coverageDecided("COVERED_BASIC");

			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isBadGateway())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/dossier-call-failed"));
		}

		@Test
		void anIntakeLimitTriggeredByAClinicalFactBecomesAWarning() throws Exception {
			String id = create(anna(), FULL_BODY.replace("\"treatedAbroad\": false", "\"treatedAbroad\": true"));
			step(anna(), id, "submit").andExpect(status().isOk());
			step(anna(), id, "self-referral").andExpect(status().isOk());
			step(anna(), id, "consultant", "{\"consultantId\": \"" + BAKKER_ID + "\"}").andExpect(status().isOk());
			step(bakker(), id, "acceptance", "{\"triage\": \"CONVERSATION_ONLY\"}").andExpect(status().isOk());
			dossierComplete();
			coverageDecided("COVERED_SUPPLEMENTARY");

			step(intake(), id, "appointment", appointmentBody()).andExpect(status().isOk())
				.andExpect(jsonPath("$.appointment.warnings[*].code")
					.value(org.hamcrest.Matchers.contains("BMI_ABOVE_40_DIAGNOSTICS_ONLY", "MRSA_SCREENING_REQUIRED")));
		}

	}

	@Nested
	class WhenTheDossierServiceCannotAnswer {

		private void expectUnavailableAndUnchanged(String id, Document before) throws Exception {
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/dossier-unavailable"));
			assertThat(stored(id)).isEqualTo(before);
		}

		@Test
		void aServerErrorIs503WithRetryAfterAndNothingChanges() throws Exception {
			String id = acceptedByBakker();
			Document before = stored(id);
			dossierAnswers(aResponse().withStatus(500).withBody("dossier internals"));
			coverageDecided("COVERED_BASIC");

			expectUnavailableAndUnchanged(id, before);
		}

		@Test
		void aDroppedConnectionOrASlowAnswerIs503() throws Exception {
			String id = acceptedByBakker();
			Document before = stored(id);
			dossierAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
			expectUnavailableAndUnchanged(id, before);

			dossierAnswers(okJson("{\"complete\": true}").withFixedDelay(2500));
			expectUnavailableAndUnchanged(id, before);
		}

		@Test
		void afterFiveFailuresTheBreakerOpensAndTheDossierServiceIsLeftAlone() throws Exception {
			String id = acceptedByBakker();
			Document before = stored(id);
			dossierAnswers(aResponse().withStatus(503));

			for (int i = 0; i < 5; i++) {
				expectUnavailableAndUnchanged(id, before);
			}
			assertThat(breakers.circuitBreaker("dossier-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
			expectUnavailableAndUnchanged(id, before);

			assertThat(dossierCalls()).isEqualTo(5);
		}

		@Test
		void ourOwnFaultIs502AndDoesNotCountAgainstTheService() throws Exception {
			String id = acceptedByBakker();
			dossierAnswers(aResponse().withStatus(403));

			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isBadGateway());

			assertThat(breakers.circuitBreaker("dossier-service").getMetrics().getNumberOfFailedCalls()).isZero();
		}

	}

	@Nested
	class WhenTheInsuranceServiceCannotAnswer {

		@Test
		void itIs503WithRetryAfterAndNothingChanges() throws Exception {
			String id = acceptedByBakker();
			Document before = stored(id);
			dossierComplete();
			coverageAnswers(aResponse().withStatus(500));

			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/insurance-unavailable"));

			assertThat(stored(id)).isEqualTo(before);
		}

		@Test
		void anUnknownDecisionIsABadGateway() throws Exception {
			String id = acceptedByBakker();
			dossierComplete();
			coverageDecided("MAYBE");

			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isBadGateway());
		}

	}

}
