package nl.secondopinion.referral.journey;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import nl.secondopinion.testing.TestTokens;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InternalApiIT extends JourneyTestSupport {

	@Nested
	class RequestContext {

		@Test
		void aServiceGetsTheContextWithoutQuestionOrReport() throws Exception {
			String id = assignedToBakker();

			mvc.perform(get("/internal/requests/{id}/context", id).with(TestTokens.service("dossier-service")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.requestId").value(id))
				.andExpect(jsonPath("$.status").value("CONSULTANT_ASSIGNED"))
				.andExpect(jsonPath("$.specialty").value("neurology"))
				.andExpect(jsonPath("$.patient.id").value(id("01")))
				.andExpect(jsonPath("$.patient.username").value("anna"))
				.andExpect(jsonPath("$.patient.locale").value("nl"))
				.andExpect(jsonPath("$.representatives").isArray())
				.andExpect(jsonPath("$.treatingDoctor.name").value("dr. P. Jansen"))
				.andExpect(jsonPath("$.treatingDoctor.level").value("MEDICAL_SPECIALIST"))
				.andExpect(jsonPath("$.treatingDoctor.institution").value("Ziekenhuis Noord"))
				.andExpect(jsonPath("$.treatingDoctor.agb").value("03000002"))
				.andExpect(jsonPath("$.referral.status").value("PRESENT"))
				.andExpect(jsonPath("$.referral.referrerId").value(id("04")))
				.andExpect(jsonPath("$.referral.referrerRole").value("gp"))
				.andExpect(jsonPath("$.referral.issuedAt").isString())
				.andExpect(jsonPath("$.referral.validUntil").isString())
				.andExpect(jsonPath("$.selfReferred").value(false))
				.andExpect(jsonPath("$.assignedConsultant.userId").value(id("06")))
				.andExpect(jsonPath("$.assignedConsultant.institution").value("UMC Zuid"))
				.andExpect(jsonPath("$.withConsultant").value(true))
				.andExpect(jsonPath("$.insurer.uzovi").value("3311"))
				.andExpect(jsonPath("$.insurer.policyNumber").value("ZK-1"))
				.andExpect(jsonPath("$.facts.imagingDone").value(true))
				.andExpect(jsonPath("$.facts.insuredAbroad").value(false))
				.andExpect(content().string(not(containsString(QUESTION))))
				.andExpect(jsonPath("$.question").doesNotExist());
		}

		@Test
		void beforeAssignmentThereIsNoConsultantAndADraftHasNoReferral() throws Exception {
			String id = create(anna(), FULL_BODY);

			mvc.perform(get("/internal/requests/{id}/context", id).with(TestTokens.service("insurance-service")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.assignedConsultant").isEmpty())
				.andExpect(jsonPath("$.withConsultant").value(false))
				.andExpect(jsonPath("$.referral.status").value("NONE"));
		}

		@Test
		void representativesAreListedWithTheirConsentOnly() throws Exception {
			String id = create(carla(), FULL_BODY);

			mvc.perform(get("/internal/requests/{id}/context", id).with(TestTokens.service("notification-service")))
				.andExpect(jsonPath("$.status").value("AWAITING_PATIENT_CONSENT"))
				.andExpect(jsonPath("$.patient.username").value("anna"))
				.andExpect(jsonPath("$.representatives[0].id").value(id("03")))
				.andExpect(jsonPath("$.representatives[0].username").value("carla"))
				.andExpect(jsonPath("$.representatives[0].consentGiven").value(false));
		}

		@Test
		void anUnknownRequestIs404AndAUserTokenIs403() throws Exception {
			String id = create(anna(), FULL_BODY);

			mvc.perform(get("/internal/requests/{id}/context", "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f")
				.with(TestTokens.service("dossier-service")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/internal/requests/{id}/context", id).with(anna())).andExpect(status().isForbidden());
			mvc.perform(get("/internal/requests/{id}/context", id)).andExpect(status().isUnauthorized());
		}

	}

	@Nested
	class ConsultantDirectory {

		@Test
		void theSeedHoldsTheDemoConsultantsSortedByWaitingTime() throws Exception {
			mvc.perform(get("/api/consultants").param("specialty", "neurology").with(anna()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].userId", contains(id("07"), id("06"))))
				.andExpect(jsonPath("$[*].waitingWeeks", contains(2, 3)));
			mvc.perform(get("/internal/consultants").param("specialty", "surgery")
				.with(TestTokens.service("dossier-service")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value("c0000000-0000-4000-8000-000000000008"))
				.andExpect(jsonPath("$[0].userId").value(id("08")))
				.andExpect(jsonPath("$[0].level").value("MEDICAL_SPECIALIST"))
				.andExpect(jsonPath("$[0].institution").value("UMC Zuid"))
				.andExpect(jsonPath("$[0].accepting").value(true))
				.andExpect(jsonPath("$[0].languages[0]").value("nl"))
				.andExpect(jsonPath("$[0].networkTags[0]").value("NWHHT"))
				.andExpect(jsonPath("$[0].intakeLimits[0].code").value("MRSA_NO_SURGERY"));
			mvc.perform(get("/internal/consultants").with(anna())).andExpect(status().isForbidden());
		}

		@Test
		void platformAdminsManageTheDirectoryOthersMayOnlyRead() throws Exception {
			String body = """
					{"name": "dr. K. de Wit", "level": "MEDICAL_SPECIALIST", "specialty": "neurology",
					 "institution": "Antoni van Leeuwenhoek", "accepting": true, "waitingWeeks": 1,
					 "languages": ["nl"], "networkTags": ["NWHHT"], "intakeLimits": []}""";
			mvc.perform(post("/api/consultants").with(anna()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
			String created = mvc
				.perform(post("/api/consultants").with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String consultantId = com.jayway.jsonpath.JsonPath.read(created, "$.id");

			mvc.perform(get("/api/consultants").param("specialty", "neurology").with(bram()))
				.andExpect(jsonPath("$[0].name").value("dr. K. de Wit"));

			mvc.perform(put("/api/consultants/{id}", consultantId).with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"accepting\": true", "\"accepting\": false")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.accepting").value(false));
			String requestId = referred();
			step(anna(), requestId, "consultant", "{\"consultantId\": \"" + consultantId + "\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/consultant-not-accepting"));
			step(anna(), requestId, "consultant", "{\"consultantId\": \"nobody\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("consultantId"));

			mvc.perform(post("/api/consultants").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
					{"level": "SURGEON", "waitingWeeks": -1}""")).andExpect(status().isBadRequest());
			mvc.perform(post("/api/consultants").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
					{"level": "NURSE", "waitingWeeks": -1}"""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("name", "specialty",
						"institution", "accepting", "waitingWeeks")));
			mvc.perform(put("/api/consultants/{id}", "nobody").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isNotFound());
		}

	}

}
