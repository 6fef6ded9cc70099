package nl.secondopinion.referral.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import nl.secondopinion.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JourneyApiIT extends JourneyTestSupport {

	@Nested
	class WholeJourney {

		@Test
		void fromRequestToReportAndBackToTheOwnDoctor() throws Exception {
			String id = create(anna(), FULL_BODY);
			step(anna(), id, "submit").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SUBMITTED"))
				.andExpect(jsonPath("$.repeatRequest").value(false));

			step(devries(), id, "referral", "{\"question\": \"Is surgery needed for the hernia at L4-L5?\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REFERRED"))
				.andExpect(jsonPath("$.referral.status").value("PRESENT"))
				.andExpect(jsonPath("$.referral.byRole").value("gp"))
				.andExpect(jsonPath("$.referral.validUntil").isString());

			step(anna(), id, "consultant", "{\"consultantId\": \"" + VISSER_ID + "\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/consultant-not-independent"))
				.andExpect(jsonPath("$.rule").value("SAME_INSTITUTION"));
			step(anna(), id, "consultant", "{\"consultantId\": \"" + BAKKER_ID + "\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CONSULTANT_ASSIGNED"))
				.andExpect(jsonPath("$.consultant.institution").value("UMC Zuid"));
			step(bakker(), id, "acceptance", "{\"triage\": \"ADDITIONAL_DIAGNOSTICS_FIRST\", \"note\": \"EMG first\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CASE_ACCEPTED"))
				.andExpect(jsonPath("$.acceptance.triage").value("ADDITIONAL_DIAGNOSTICS_FIRST"));

			dossierAnswers(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
					{"complete": false, "missing": [{"item": "HISTORY_LETTER", "nl": "Brief", "en": "Letter"}],
					 "present": []}"""));
			coverageDecided("COVERED_BASIC");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/dossier-incomplete"))
				.andExpect(jsonPath("$.missing[0].item").value("HISTORY_LETTER"));

			dossierComplete();
			noCoverageCheck();
			step(intake(), id, "appointment", appointmentBody()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/coverage-choice-needed"));
			step(anna(), id, "coverage-choice", "{\"choice\": \"SELF_PAY_ACCEPTED\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.coverageChoice.choice").value("SELF_PAY_ACCEPTED"));
			step(intake(), id, "appointment", appointmentBody()).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("APPOINTMENT_SCHEDULED"))
				.andExpect(jsonPath("$.appointment.scheduledBy").value("intake.umczuid"))
				.andExpect(jsonPath("$.appointment.warnings[*].code", contains("BMI_ABOVE_40_DIAGNOSTICS_ONLY")));

			step(bakker(), id, "consultation").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CONSULTED"));
			step(bakker(), id, "report", reportBody("REFINES", false, false))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/report-question-unanswered"))
				.andExpect(jsonPath("$.missing[0]").value("REFERRAL_QUESTION"));
			step(bakker(), id, "report", reportBody("REFINES", true, false)).andExpect(status().isCreated())
				.andExpect(jsonPath("$.outcome").value("REFINES"))
				.andExpect(jsonPath("$.impact").value("TREATMENT_CHANGED"))
				.andExpect(jsonPath("$.answers[0].asked").value(QUESTION))
				.andExpect(jsonPath("$.answers[1].asked").value("Is surgery needed for the hernia at L4-L5?"));

			for (var reader : List.of(anna(), devries(), jansen(), bakker(), devries())) {
				mvc.perform(get("/api/requests/{id}/report", id).with(reader))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.findings").value("Herniation confirmed, no motor loss."));
			}
			for (var outsider : List.of(intake(), visser(), bram(), mediator())) {
				mvc.perform(get("/api/requests/{id}/report", id).with(outsider))
					.andExpect(status().isNotFound())
					.andExpect(content().string(not(containsString("Herniation"))));
			}

			String asked = mvc
				.perform(post("/api/requests/{id}/follow-up-questions", id).with(anna())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"question\": \"May I wait a year before deciding?\"}"))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			step(bakker(), id, "follow-up-questions/" + JsonPath.read(asked, "$.id") + "/answer",
					"{\"answer\": \"Yes, with a check-up after three months.\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.answer").value("Yes, with a check-up after three months."));
			step(anna(), id, "decision-answers", """
					{"answers": [{"question": "TRUST", "answer": "I trust dr. Bakker"},
					             {"question": "TRAVEL", "answer": "One hour by train"}]}""").andExpect(status().isOk())
				.andExpect(jsonPath("$.decisionAnswers", hasSize(2)));
			mvc.perform(get("/api/requests/{id}/report", id).with(devries()))
				.andExpect(jsonPath("$.addenda[0].answer").value("Yes, with a check-up after three months."));
			step(anna(), id, "close", "{\"note\": \"Discussed with dr. Jansen; physiotherapy first.\"}")
				.andExpect(status().isBadRequest());
			step(anna(), id, "close", """
					{"decision": "CONTINUE_AS_PLANNED", "note": "Discussed with dr. Jansen; physiotherapy first."}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CLOSED"))
				.andExpect(jsonPath("$.closing.decision").value("CONTINUE_AS_PLANNED"));
			step(anna(), id, "follow-up-questions", "{\"question\": \"One more question?\"}")
				.andExpect(status().isConflict());

			mvc.perform(get("/api/requests/{id}/timeline", id).with(anna()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].what",
						contains("DRAFT_CREATED", "SUBMIT", "ISSUE_REFERRAL", "ASSIGN_CONSULTANT", "ACCEPT_CASE",
								"COVERAGE_CHOICE_SELF_PAY_ACCEPTED", "SCHEDULE_APPOINTMENT", "RECORD_CONSULTATION",
								"WRITE_REPORT", "FOLLOW_UP_ASKED", "FOLLOW_UP_ANSWERED", "DECISION_ANSWERS_SAVED",
								"CLOSE")))
				.andExpect(jsonPath("$[2].by").value("dr.devries"))
				.andExpect(jsonPath("$[2].role").value("gp"))
				.andExpect(jsonPath("$[2].from").value("SUBMITTED"))
				.andExpect(jsonPath("$[2].to").value("REFERRED"))
				.andExpect(jsonPath("$[12].why").value("CONTINUE_AS_PLANNED"));
		}

		@Test
		void anAdvisedTransferOfCareIsDecidedByTheOwnDoctor() throws Exception {
			String id = acceptedByBakker();
			dossierComplete();
			coverageDecided("COVERED_BASIC");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk())
				.andExpect(jsonPath("$.appointment.coverage").value("COVERED_BASIC"));
			step(bakker(), id, "consultation").andExpect(status().isOk());
			step(bakker(), id, "report", reportBody("DIFFERS", true, true)).andExpect(status().isCreated());
			mvc.perform(get("/api/requests/{id}", id).with(anna()))
				.andExpect(jsonPath("$.status").value("TRANSFER_OF_CARE_PROPOSED"));

			step(anna(), id, "transfer-of-care-decision", "{\"accepted\": true}").andExpect(status().isForbidden());
			step(jansen(), id, "transfer-of-care-decision", "{\"accepted\": true, \"note\": \"Agreed with patient\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REPORTED"))
				.andExpect(jsonPath("$.transferDecision.accepted").value(true));
		}

	}

	@Nested
	class IllegalSteps {

		@Test
		void aStepTheJourneyDoesNotAllowNowIs409NamingStatusAndNextSteps() throws Exception {
			String id = submitted();

			step(anna(), id, "submit").andExpect(status().isConflict())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/illegal-transition"))
				.andExpect(jsonPath("$.currentStatus").value("SUBMITTED"))
				.andExpect(jsonPath("$.step").value("SUBMIT"))
				.andExpect(jsonPath("$.allowedNextSteps[*].step",
						contains("ISSUE_REFERRAL", "REFUSE_REFERRAL", "SELF_REFER", "WITHDRAW")));
		}

		@Test
		void noReportBeforeTheConsultation() throws Exception {
			String id = acceptedByBakker();

			step(bakker(), id, "report", reportBody("CONFIRMS", true, false)).andExpect(status().isConflict())
				.andExpect(jsonPath("$.currentStatus").value("CASE_ACCEPTED"));
		}

		@Test
		void submittingWithoutTreatingDoctorInsurerAndFactsIs422ListingThem() throws Exception {
			String id = create(anna(), """
					{"question": "%s", "reason": "NO_DIAGNOSIS", "specialty": "neurology"}""".formatted(QUESTION));

			step(anna(), id, "submit").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/request-incomplete"))
				.andExpect(jsonPath("$.errors[*].field", contains("facts", "insurer", "treatingDoctor")));
		}

		@Test
		void aDraftCanBeCompletedWithPutAndThenSubmitted() throws Exception {
			String id = create(anna(), """
					{"question": "%s", "reason": "NO_DIAGNOSIS", "specialty": "neurology"}""".formatted(QUESTION));

			mvc.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/requests/{id}", id)
						.with(anna())
						.contentType(MediaType.APPLICATION_JSON)
						.content(FULL_BODY))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.treatingDoctor.agb").value("03000002"));
			step(anna(), id, "submit").andExpect(status().isOk());
		}

		@Test
		void aShortRefusalReasonIsRejectedWith400() throws Exception {
			String id = submitted();

			step(jansen(), id, "referral-refusal", "{\"reason\": \"No.\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		}

		@Test
		void badInputListsTheFields() throws Exception {
			String id = acceptedByBakker();

			step(bakker(), id, "appointment", "{\"at\": \"2020-01-01T10:00:00Z\", \"location\": null}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("at")));
			mvc.perform(post("/api/requests").with(anna()).contentType(MediaType.APPLICATION_JSON).content("""
					{"question": "%s", "reason": "NO_DIAGNOSIS", "specialty": "neurology",
					 "treatingDoctor": {"level": "NURSE", "specialty": "Neuro", "agb": "12"},
					 "facts": {"treatedAbroad": true}}""".formatted(QUESTION)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("treatingDoctor.name")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("treatingDoctor.specialty")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("treatingDoctor.agb")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("facts.imagingDone")));
		}

	}

	@Nested
	class WhoMayDoWhat {

		@Test
		void anotherPatientGets404ForEveryStepAndNothingChanges() throws Exception {
			String id = create(anna(), FULL_BODY);

			step(bram(), id, "submit").andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/request-not-found"));
			step(bram(), id, "withdraw").andExpect(status().isNotFound());
			mvc.perform(get("/api/requests/{id}/timeline", id).with(bram())).andExpect(status().isNotFound());
			mvc.perform(get("/api/requests/{id}", id).with(anna())).andExpect(jsonPath("$.status").value("DRAFT"));
		}

		@Test
		void doctorsSeeNothingOfADraftAndTheirOwnRequestsOnceSubmitted() throws Exception {
			String id = create(anna(), FULL_BODY);
			mvc.perform(get("/api/requests/{id}", id).with(devries())).andExpect(status().isNotFound());
			mvc.perform(get("/api/requests").with(devries())).andExpect(jsonPath("$", hasSize(0)));

			step(anna(), id, "submit").andExpect(status().isOk());

			mvc.perform(get("/api/requests").with(devries()))
				.andExpect(jsonPath("$[*].id", contains(id)))
				.andExpect(jsonPath("$[0].yourRoles", contains("NAMED_GP")));
			mvc.perform(get("/api/requests").with(jansen())).andExpect(jsonPath("$[*].id", contains(id)));
			mvc.perform(get("/api/requests").with(bakker())).andExpect(jsonPath("$", hasSize(0)));
			mvc.perform(get("/api/requests").with(mediator())).andExpect(jsonPath("$", hasSize(0)));
			mvc.perform(get("/api/requests/{id}", id).with(mediator())).andExpect(status().isNotFound());
		}

		@Test
		void onlyTheGpOrTreatingSpecialistRefersOthersWhoSeeItGet403() throws Exception {
			String id = acceptedByBakker();

			step(bakker(), id, "referral", "{\"question\": \"Is surgery needed for the hernia?\"}")
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/step-not-allowed"));
			step(anna(), id, "appointment", appointmentBody()).andExpect(status().isForbidden());
			step(visser(), id, "appointment", appointmentBody()).andExpect(status().isNotFound());
		}

		@Test
		void theConsultantAndTheSitesIntakeSeeTheRequestOnceAssigned() throws Exception {
			String id = acceptedByBakker();

			mvc.perform(get("/api/requests/{id}", id).with(bakker()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.question").value(QUESTION))
				.andExpect(jsonPath("$.decisionAnswers").doesNotExist());
			mvc.perform(get("/api/requests").with(intake())).andExpect(jsonPath("$[*].id", contains(id)));
			mvc.perform(get("/api/requests/{id}", id).with(visser())).andExpect(status().isNotFound());
		}

	}

	@Nested
	class RefusalPath {

		@Test
		void aRefusalIsShownToThePatientWhoGoesOnWithoutReferralAndIsWarned() throws Exception {
			String id = submitted();

			step(jansen(), id, "referral-refusal",
					"{\"reason\": \"A second opinion on this was given three months ago already.\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REFERRAL_REFUSED"));
			mvc.perform(get("/api/requests/{id}", id).with(anna()))
				.andExpect(jsonPath("$.referral.status").value("REFUSED"))
				.andExpect(jsonPath("$.referral.refusalReason")
					.value("A second opinion on this was given three months ago already."));

			step(anna(), id, "self-referral").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SELF_REFERRED"))
				.andExpect(jsonPath("$.selfReferral.warning.code").value("REIMBURSEMENT_UNLIKELY"))
				.andExpect(jsonPath("$.selfReferral.warning.en", containsString("not reimburse")));
			step(anna(), id, "consultant", "{\"consultantId\": \"" + BAKKER_ID + "\"}").andExpect(status().isOk());
			step(bakker(), id, "acceptance", "{\"triage\": \"CONVERSATION_ONLY\"}").andExpect(status().isOk());
			dossierComplete();
			coverageDecided("NOT_COVERED");
			// Not covered: the patient pays if the insurer does not, so she chooses
			// first.
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("coverage-choice-needed"));
			step(anna(), id, "coverage-choice", "{\"choice\": \"SELF_PAY_ACCEPTED\"}").andExpect(status().isOk());
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk());
		}

		@Test
		void aSecondRequestAboutTheSameDoctorIsFlaggedAsRepeat() throws Exception {
			submitted();
			String second = create(anna(), FULL_BODY);

			step(anna(), second, "submit").andExpect(status().isOk())
				.andExpect(jsonPath("$.repeatRequest").value(true))
				.andExpect(jsonPath("$.thirdOpinion").value(false));
		}

	}

	@Nested
	class Representative {

		@Test
		void aRepresentativesRequestWaitsForThePatientAndIsThenActedOnHerBehalf() throws Exception {
			String id = create(carla(), FULL_BODY);
			mvc.perform(get("/api/requests/{id}", id).with(carla()))
				.andExpect(jsonPath("$.status").value("AWAITING_PATIENT_CONSENT"))
				.andExpect(jsonPath("$.owner").value("anna"));
			mvc.perform(get("/api/requests/{id}", id).with(bram())).andExpect(status().isNotFound());
			mvc.perform(get("/api/requests").with(carla())).andExpect(jsonPath("$[*].id", contains(id)));
			mvc.perform(get("/api/requests").with(anna())).andExpect(jsonPath("$[*].id", contains(id)));
			step(carla(), id, "submit").andExpect(status().isForbidden());

			step(anna(), id, "patient-consent", "{\"consent\": true}").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DRAFT"))
				.andExpect(jsonPath("$.representatives[0].consentGiven").value(true));
			step(carla(), id, "submit").andExpect(status().isOk());

			mvc.perform(get("/api/requests/{id}/timeline", id).with(anna()))
				.andExpect(jsonPath("$[2].what").value("SUBMIT"))
				.andExpect(jsonPath("$[2].by").value("carla"))
				.andExpect(jsonPath("$[2].role").value("representative"))
				.andExpect(jsonPath("$[2].onBehalfOf").value("anna"));

			step(anna(), id, "patient-consent", "{\"consent\": false}").andExpect(status().isOk());
			mvc.perform(get("/api/requests/{id}", id).with(carla())).andExpect(status().isNotFound());
		}

		@Test
		void aRepresentativeWithoutRepresentsClaimCannotStartARequest() throws Exception {
			mvc.perform(post("/api/requests")
				.with(nl.secondopinion.testing.TestTokens.user(id("03"), "carla", "representative"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(FULL_BODY)).andExpect(status().isForbidden());
		}

	}

	@Nested
	class Concurrency {

		@Test
		void ofConcurrentIdenticalStepsExactlyOneWins() throws Exception {
			String id = create(anna(), FULL_BODY);
			int callers = 6;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(callers);
			try {
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < callers; i++) {
					Callable<Integer> submit = () -> {
						start.await();
						return step(anna(), id, "submit").andReturn().getResponse().getStatus();
					};
					answers.add(pool.submit(submit));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
				assertThat(statuses).filteredOn((code) -> code == 200).hasSize(1);
				assertThat(statuses).filteredOn((code) -> code == 409).hasSize(callers - 1);
			}
			finally {
				pool.shutdownNow();
			}
			mvc.perform(get("/api/requests/{id}/timeline", id).with(anna()))
				.andExpect(jsonPath("$[*].what", contains("DRAFT_CREATED", "SUBMIT")));
		}

	}

	@Nested
	class Idempotency {

		@Test
		void aReplayAnswersTheOriginalAndAnotherBodyWithTheSameKeyIs422() throws Exception {
			String first = mvc
				.perform(post("/api/requests").with(anna())
					.header("Idempotency-Key", "key-0001")
					.contentType(MediaType.APPLICATION_JSON)
					.content(FULL_BODY))
				.andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String replay = mvc
				.perform(post("/api/requests").with(anna())
					.header("Idempotency-Key", "key-0001")
					.contentType(MediaType.APPLICATION_JSON)
					.content(FULL_BODY))
				.andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat((String) JsonPath.read(replay, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
			assertThat(mongo.getCollection("requests").countDocuments()).isEqualTo(1);

			mvc.perform(post("/api/requests").with(anna())
				.header("Idempotency-Key", "key-0001")
				.contentType(MediaType.APPLICATION_JSON)
				.content(FULL_BODY.replace("DOUBT_ABOUT_TREATMENT", "CONFIRMATION")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/idempotency-key-reused"));
			mvc.perform(post("/api/requests").with(bram())
				.header("Idempotency-Key", "key-0001")
				.contentType(MediaType.APPLICATION_JSON)
				.content(FULL_BODY)).andExpect(header().string("Idempotent-Replayed", "false"));
		}

		@Test
		void consultantsAreAddedOncePerKeyAndCallerAndAnotherBodyIs422() throws Exception {
			String specialty = "idempotency-" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
			String body = """
					{"name": "dr. K. de Wit", "level": "MEDICAL_SPECIALIST", "specialty": "%s",
					 "institution": "Antoni van Leeuwenhoek", "accepting": false, "waitingWeeks": 1}"""
				.formatted(specialty);
			var first = withKey(admin(), "consultant-0001", "/api/consultants", body).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andReturn()
				.getResponse();
			var replay = withKey(admin(), "consultant-0001", "/api/consultants", body).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andReturn()
				.getResponse();
			assertThat(replay.getContentAsString()).isEqualTo(first.getContentAsString());
			assertThat(replay.getHeader("Location")).isEqualTo(first.getHeader("Location"));

			withKey(admin(), "consultant-0001", "/api/consultants",
					body.replace("\"waitingWeeks\": 1", "\"waitingWeeks\": 2"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/idempotency-key-reused"));
			String otherAdmins = withKey(otherAdmin(), "consultant-0001", "/api/consultants", body)
				.andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((String) JsonPath.read(otherAdmins, "$.id"))
				.isNotEqualTo(JsonPath.read(first.getContentAsString(), "$.id"));
			mvc.perform(get("/api/consultants").param("specialty", specialty).with(admin()))
				.andExpect(jsonPath("$", hasSize(2)));

			mvc.perform(post("/api/consultants").with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated());
			mvc.perform(post("/api/consultants").with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated());
			mvc.perform(get("/api/consultants").param("specialty", specialty).with(admin()))
				.andExpect(jsonPath("$", hasSize(4)));
		}

		@Test
		void reportAndFollowUpQuestionsAreWrittenOncePerKeyAndAnExpiredKeyIsNew() throws Exception {
			String id = acceptedByBakker();
			dossierComplete();
			coverageDecided("COVERED_BASIC");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk());
			String report = reportBody("CONFIRMS", true, false);
			String reportPath = "/api/requests/" + id + "/report";
			// A call that fails leaves the key free.
			withKey(bakker(), "report-0001", reportPath, report).andExpect(status().isConflict());
			step(bakker(), id, "consultation").andExpect(status().isOk());

			var first = withKey(bakker(), "report-0001", reportPath, report).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andReturn()
				.getResponse();
			var replay = withKey(bakker(), "report-0001", reportPath, report).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andReturn()
				.getResponse();
			assertThat(replay.getContentAsString()).isEqualTo(first.getContentAsString());
			assertThat(replay.getHeader("Location")).isEqualTo(first.getHeader("Location"));
			withKey(bakker(), "report-0001", reportPath, report.replace("CONFIRMS", "REFINES"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/idempotency-key-reused"));

			String questionPath = "/api/requests/" + id + "/follow-up-questions";
			String question = "{\"question\": \"May I wait a year before deciding?\"}";
			String asked = withKey(anna(), "question-0001", questionPath, question).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String askedAgain = withKey(anna(), "question-0001", questionPath, question).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(askedAgain).isEqualTo(asked);
			withKey(anna(), "question-0001", questionPath, question.replace("a year", "two years"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/idempotency-key-reused"));
			mvc.perform(get("/api/requests/{id}", id).with(anna()))
				.andExpect(jsonPath("$.followUpQuestions", hasSize(1)));

			// After 24 hours the key is forgotten: the same call asks again.
			mongo.updateMulti(new Query(),
					Update.update("expiresAt", Instant.now().minus(Duration.ofHours(24)).minusSeconds(1)),
					"idempotency_keys");
			String askedLater = withKey(anna(), "question-0001", questionPath, question).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((String) JsonPath.read(askedLater, "$.id")).isNotEqualTo(JsonPath.read(asked, "$.id"));
			mvc.perform(get("/api/requests/{id}", id).with(anna()))
				.andExpect(jsonPath("$.followUpQuestions", hasSize(2)));
			withKey(anna(), "question-0001", questionPath, question).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.id").value((String) JsonPath.read(askedLater, "$.id")));
		}

		@Test
		void withoutTheHeaderEveryCallCreates() throws Exception {
			String id = acceptedByBakker();
			dossierComplete();
			coverageDecided("COVERED_BASIC");
			step(bakker(), id, "appointment", appointmentBody()).andExpect(status().isOk());
			step(bakker(), id, "consultation").andExpect(status().isOk());
			step(bakker(), id, "report", reportBody("CONFIRMS", true, false)).andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"));
			for (int i = 0; i < 2; i++) {
				step(anna(), id, "follow-up-questions", "{\"question\": \"May I wait a year before deciding?\"}")
					.andExpect(status().isCreated());
			}
			mvc.perform(get("/api/requests/{id}", id).with(anna()))
				.andExpect(jsonPath("$.followUpQuestions", hasSize(2)));
			assertThat(mongo.getCollection("idempotency_keys").countDocuments()).isZero();
		}

		private ResultActions withKey(JwtRequestPostProcessor who, String key, String path, String body)
				throws Exception {
			return mvc.perform(post(path).with(who)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
		}

		private static JwtRequestPostProcessor otherAdmin() {
			return TestTokens.user(id("13"), "admin2", "platform-admin");
		}

	}

}
