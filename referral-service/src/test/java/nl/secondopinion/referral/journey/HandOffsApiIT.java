package nl.secondopinion.referral.journey;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.secondopinion.referral.request.RecordsChaser;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hand-offs between the people of a case, through the HTTP API. */
class HandOffsApiIT extends JourneyTestSupport {

	@Autowired
	RecordsChaser chaser;

	@Nested
	class ConsultantAcceptsOrDeclines {

		@Test
		void whenTheConsultantDeclines_thenThePatientSeesTheReasonAndChoosesAmongTheNextCandidates() throws Exception {
			String id = assignedToBakker();
			step(anna(), id, "acceptance", "{\"triage\": \"CONVERSATION_ONLY\"}").andExpect(status().isForbidden());

			step(bakker(), id, "decline", "{\"reason\": \"No room before spring; UMC West is quicker.\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CONSULTANT_DECLINED"));

			mvc.perform(get("/api/requests/{id}", id).with(anna()))
				.andExpect(jsonPath("$.declines[0].reason").value("No room before spring; UMC West is quicker."))
				.andExpect(jsonPath("$.consultant").doesNotExist());
			mvc.perform(get("/api/requests/{id}", id).with(bakker())).andExpect(status().isNotFound());
			mvc.perform(get("/api/requests/{id}/candidates", id).with(anna()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id", not(hasItem(BAKKER_ID))))
				// Same institution as the treating doctor: never a candidate.
				.andExpect(jsonPath("$[*].id", not(hasItem(VISSER_ID))));
			step(anna(), id, "consultant", "{\"consultantId\": \"" + BAKKER_ID + "\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/consultant-declined"));
		}

		@Test
		void whenThePatientAsksForANewExamination_thenItIsRecordedAndTheConsultantHears() throws Exception {
			String id = acceptedByBakker();

			step(anna(), id, "new-examination-requests", "{\"reason\": \"The MRI was blurred.\"}")
				.andExpect(status().isOk());

			mvc.perform(get("/api/requests/{id}/timeline", id).with(bakker()))
				.andExpect(jsonPath("$[*].what", hasItem("NEW_EXAMINATION_REQUESTED")));
		}

	}

	@Nested
	class InsurerDesk {

		@Test
		void whenTheDeskAsksForCandidates_thenItGetsTheSameIndependentListThePatientGets() throws Exception {
			String id = referred();

			mvc.perform(get("/internal/requests/{id}/candidates", id).with(TestTokens.service("insurance-service")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id", contains(BAKKER_ID)));
			mvc.perform(get("/internal/requests/{id}/candidates", id).param("maxWaitingWeeks", "2")
				.with(TestTokens.service("insurance-service"))).andExpect(jsonPath("$", hasSize(0)));
			mvc.perform(get("/internal/requests/{id}/candidates", id).with(anna())).andExpect(status().isForbidden());
		}

		@Test
		void whenTheDeskAppliesAnAcceptedProposal_thenTheConsultantIsAssignedWithEveryCheck() throws Exception {
			String id = referred();

			mvc.perform(post("/internal/requests/{id}/consultant", id).with(TestTokens.service("insurance-service"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantId\": \"" + VISSER_ID + "\", \"mediationId\": \"m-1\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/consultant-not-independent"));
			mvc.perform(post("/internal/requests/{id}/consultant", id).with(TestTokens.service("insurance-service"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantId\": \"" + BAKKER_ID + "\", \"mediationId\": \"m-1\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CONSULTANT_ASSIGNED"))
				.andExpect(jsonPath("$.assignedConsultant.consultantId").value(BAKKER_ID))
				.andExpect(jsonPath("$.assignedConsultant.accepted").value(false))
				.andExpect(jsonPath("$.clock.submittedAt").isString());
			mvc.perform(get("/api/requests/{id}/timeline", id).with(anna()))
				.andExpect(jsonPath("$[3].what").value("ASSIGN_CONSULTANT"))
				.andExpect(jsonPath("$[3].role").value("insurer-mediation"));
		}

	}

	@Nested
	class ReportReaders {

		@Test
		void whenASpecialistReferred_thenTheNamedGpStillReadsTheReport() throws Exception {
			String id = submitted();
			step(jansen(), id, "referral", "{\"question\": \"Is surgery needed for the hernia at L4-L5?\"}")
				.andExpect(status().isOk());
			step(anna(), id, "consultant", "{\"consultantId\": \"" + BAKKER_ID + "\"}").andExpect(status().isOk());
			step(bakker(), id, "acceptance", "{\"triage\": \"CONVERSATION_ONLY\"}").andExpect(status().isOk());
			dossierComplete();
			coverageDecided("COVERED_BASIC");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk());
			step(bakker(), id, "consultation").andExpect(status().isOk());
			step(bakker(), id, "report", reportBody("DIFFERS", true, false)).andExpect(status().isCreated());

			mvc.perform(get("/api/requests/{id}/report", id).with(devries()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.outcome").value("DIFFERS"));
		}

		@Test
		void whenThePatientSharesADecisionAnswer_thenHerOwnDoctorsReadOnlyThatOne() throws Exception {
			String id = acceptedByBakker();
			dossierComplete();
			coverageDecided("COVERED_BASIC");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk());
			step(bakker(), id, "consultation").andExpect(status().isOk());
			step(bakker(), id, "report", reportBody("CONFIRMS", true, false)).andExpect(status().isCreated());

			step(anna(), id, "decision-answers", """
					{"answers": [{"question": "TRUST", "answer": "I trust dr. Bakker", "shareWithDoctor": true},
					             {"question": "TRAVEL", "answer": "One hour by train"}]}""").andExpect(status().isOk());

			mvc.perform(get("/api/requests/{id}", id).with(jansen()))
				.andExpect(jsonPath("$.decisionAnswers", hasSize(1)))
				.andExpect(jsonPath("$.decisionAnswers[0].question").value("TRUST"));
			mvc.perform(get("/api/requests/{id}", id).with(intake()))
				.andExpect(jsonPath("$.decisionAnswers").doesNotExist());
			mvc.perform(get("/api/decision-questions").with(bram()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(10)))
				.andExpect(jsonPath("$[0].nl").value("Hoeveel pijn en ongemak geeft de behandeling?"));
		}

	}

	@Nested
	class Representative {

		@Test
		void whenARepresentativeNamesAnotherPatientId_thenTheRequestIsStillOnlyForThePatientOfHerRelation()
				throws Exception {
			String id = create(carla(),
					FULL_BODY.replace("\"facts\"", "\"patientId\": \"" + id("02") + "\", \"facts\""));

			mvc.perform(get("/api/requests/{id}", id).with(bram())).andExpect(status().isNotFound());
			mvc.perform(get("/api/requests/{id}", id).with(anna()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("AWAITING_PATIENT_CONSENT"));
		}

		@Test
		void whenThePatientChoosesNotToInformTheTreatingDoctor_thenTheDoctorDoesNotSeeTheRequest() throws Exception {
			String id = create(anna(), FULL_BODY.replace("\"facts\"", "\"informTreatingDoctor\": false, \"facts\""));
			step(anna(), id, "submit").andExpect(status().isOk())
				.andExpect(jsonPath("$.informTreatingDoctor").value(false));

			mvc.perform(get("/api/requests/{id}", id).with(jansen())).andExpect(status().isNotFound());
			mvc.perform(get("/api/requests/{id}", id).with(devries())).andExpect(status().isOk());
		}

	}

	@Nested
	class RecordsChase {

		@Test
		void whenTheDossierLacksCorrespondence_thenTheTreatingDoctorIsAskedOnceWithTheLegalDuty() throws Exception {
			String id = referred();
			dossierAnswers(okJson("""
					{"complete": false, "missing": [{"item": "CORRESPONDENCE", "nl": "Correspondentie", "en": "Letters",
					  "holder": "TREATING_DOCTOR"}], "present": []}"""));

			chaser.chaseDue();
			chaser.chaseDue();

			mvc.perform(get("/api/requests/{id}", id).with(anna())).andExpect(status().isOk());
			List<?> asked = mongo.findById(id, org.bson.Document.class, "requests")
				.getList("outbox", org.bson.Document.class)
				.stream()
				.filter((event) -> "RECORDS_REQUESTED".equals(event.getString("type")))
				.toList();
			org.assertj.core.api.Assertions.assertThat(asked).hasSize(1);
			org.bson.Document event = (org.bson.Document) asked.get(0);
			org.assertj.core.api.Assertions.assertThat(event.get("data", org.bson.Document.class))
				.containsEntry("legalDuty", "true")
				.containsEntry("holder", "TREATING_DOCTOR")
				.containsEntry("items", List.of("CORRESPONDENCE"));
		}

	}

	@Nested
	class RecordsChaseOnSeveralReplicas {

		@Test
		void whenTwoReplicasChaseTheSameRequestAtOnce_thenTheHolderIsAskedOnce() throws Exception {
			String id = referred();
			// Both runs read the request, then wait for the dossier service together.
			dossierAnswers(okJson("""
					{"complete": false, "missing": [{"item": "CORRESPONDENCE", "nl": "Correspondentie", "en": "Letters",
					  "holder": "TREATING_DOCTOR"}], "present": []}""").withFixedDelay(500));

			java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				var first = replicas.submit(() -> chaser.chaseDue());
				var second = replicas.submit(() -> chaser.chaseDue());
				org.assertj.core.api.Assertions.assertThat(first.get() + second.get()).isEqualTo(1);
			}
			finally {
				replicas.shutdownNow();
			}

			long asked = mongo.findById(id, org.bson.Document.class, "requests")
				.getList("outbox", org.bson.Document.class)
				.stream()
				.filter((event) -> "RECORDS_REQUESTED".equals(event.getString("type")))
				.count();
			org.assertj.core.api.Assertions.assertThat(asked).isEqualTo(1);
		}

	}

	@Nested
	class Clock {

		@Test
		void whenAnyoneOnTheCaseReadsIt_thenTheyGetTheClockWithItsPhases() throws Exception {
			String id = acceptedByBakker();

			for (var reader : List.of(anna(), devries(), bakker(), intake())) {
				mvc.perform(get("/api/requests/{id}", id).with(reader))
					.andExpect(jsonPath("$.clock.daysSinceSubmission").value(0))
					.andExpect(
							jsonPath("$.clock.phases[*].name", contains("DOSSIER_COMPLETE", "APPOINTMENT", "REPORT")))
					.andExpect(jsonPath("$.clock.phases[0].overdue").value(false));
			}
		}

	}

}
