package nl.secondopinion.insurance.client.referral;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.secondopinion.insurance.context.AssignmentRefusedException;
import nl.secondopinion.insurance.context.Consultant;
import nl.secondopinion.insurance.context.ConsultantAssignments;
import nl.secondopinion.insurance.context.ConsultantDirectory;
import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.insurance.testsupport.ReferralStubs;
import nl.secondopinion.insurance.testsupport.WithDownstreams;
import nl.secondopinion.support.problem.ProblemException;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The referral-service calls of the care-mediation desks against WireMock: the request's
 * candidates (contract section 2) and the assignment of a consultant.
 */
class ReferralClientIT extends WithDownstreams {

	private static final String CANDIDATES = "/internal/requests/r-1/candidates";

	private static final String ASSIGN = "/internal/requests/r-1/consultant";

	@Autowired
	ConsultantDirectory directory;

	@Autowired
	ConsultantAssignments assignments;

	private static void assertUnavailable(Throwable thrown) {
		assertThat(thrown).isInstanceOf(ProblemException.class);
		ProblemException problem = (ProblemException) thrown;
		assertThat(problem.problem().getStatus()).isEqualTo(503);
		assertThat(problem.problem().getType()).hasToString("https://secondopinion.nl/problems/referral-unavailable");
		assertThat(problem.headers()).containsEntry("Retry-After", "30");
	}

	@Nested
	class Candidates {

		@Test
		void whenReferralServiceAnswers_thenTheCandidatesInItsOrderWithTheWaitAskedFor() {
			ReferralStubs.candidates(SERVICES, "r-1");

			List<Consultant> candidates = directory.candidates("r-1", 4);

			assertThat(candidates).extracting(Consultant::id).containsExactly("c-bakker", "c-smit");
			assertThat(candidates.get(0).waitingWeeks()).isEqualTo(3);
			assertThat(candidates.get(1).userId()).isNull();
			assertThat(candidates.get(1).languages()).containsExactly("nl", "en");
			SERVICES.verify(getRequestedFor(urlPathEqualTo(CANDIDATES)).withQueryParam("maxWaitingWeeks", equalTo("4"))
				.withHeader("Authorization", equalTo("Bearer insurance-service-token")));
		}

		@Test
		void whenThereIsNoMaximumWait_thenTheParameterIsLeftOut() {
			ReferralStubs.candidates(SERVICES, "r-1");

			directory.candidates("r-1", null);

			SERVICES.verify(getRequestedFor(urlPathEqualTo(CANDIDATES)).withQueryParam("maxWaitingWeeks", absent()));
		}

		@Test
		void whenTheRequestIsUnknown_thenRequestNotFoundAndTheBreakerStaysClosed() {
			SERVICES.stubFor(get(urlPathEqualTo(CANDIDATES)).willReturn(aResponse().withStatus(404)));

			for (int i = 0; i < 6; i++) {
				assertThatThrownBy(() -> directory.candidates("r-1", 4)).isInstanceOf(RequestNotFoundException.class);
			}
			assertThat(breakers.circuitBreaker("referral-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}

		@Test
		void whenReferralServiceFails_then503WithRetryAfter() {
			SERVICES.stubFor(get(urlPathEqualTo(CANDIDATES)).willReturn(aResponse().withStatus(500)));

			assertUnavailable(catchThrowableOfType(ProblemException.class, () -> directory.candidates("r-1", 4)));
		}

	}

	@Nested
	class Assignment {

		@Test
		void whenReferralServiceAssigns_thenDoneWithTheMediationNamed() {
			SERVICES.stubFor(post(urlEqualTo(ASSIGN)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"requestId\":\"r-1\",\"status\":\"CONSULTANT_ASSIGNED\"}")));

			assignments.assign("r-1", "c-bakker", "m-1");

			SERVICES.verify(postRequestedFor(urlEqualTo(ASSIGN))
				.withRequestBody(equalToJson("{\"consultantId\":\"c-bakker\",\"mediationId\":\"m-1\"}")));
		}

		@Test
		void whenReferralServiceRefuses_thenItsReasonAndSentenceAndTheBreakerIgnoresIt() {
			SERVICES.stubFor(post(urlEqualTo(ASSIGN)).willReturn(
					aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
							{"type":"https://secondopinion.nl/problems/consultant-not-accepting","status":422,
							 "detail":"dr. A. Bakker does not accept new patients at the moment."}""")));

			for (int i = 0; i < 6; i++) {
				AssignmentRefusedException refused = catchThrowableOfType(AssignmentRefusedException.class,
						() -> assignments.assign("r-1", "c-bakker", "m-1"));
				assertThat(refused.conflict()).isFalse();
				assertThat(refused.reason()).isEqualTo("consultant-not-accepting");
				assertThat(refused.detail()).isEqualTo("dr. A. Bakker does not accept new patients at the moment.");
			}
			assertThat(breakers.circuitBreaker("referral-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}

		@Test
		void whenTheRequestIsNotInAStepThatAllowsIt_thenAConflictRefusal() {
			SERVICES.stubFor(post(urlEqualTo(ASSIGN)).willReturn(aResponse().withStatus(409)
				.withBody("{\"type\":\"https://secondopinion.nl/problems/concurrent-change\",\"status\":409}")));

			AssignmentRefusedException refused = catchThrowableOfType(AssignmentRefusedException.class,
					() -> assignments.assign("r-1", "c-bakker", "m-1"));

			assertThat(refused.conflict()).isTrue();
			assertThat(refused.reason()).isEqualTo("concurrent-change");
			assertThat(refused.detail()).isNull();
		}

		@Test
		void whenTheRequestOrConsultantIsUnknown_thenARefusalNotAMissingRequest() {
			SERVICES.stubFor(post(urlEqualTo(ASSIGN)).willReturn(aResponse().withStatus(404)));

			AssignmentRefusedException refused = catchThrowableOfType(AssignmentRefusedException.class,
					() -> assignments.assign("r-1", "c-bakker", "m-1"));

			assertThat(refused.reason()).isEqualTo("not-found");
		}

		@Test
		void whenReferralServiceFailsOrHangs_then503WithRetryAfter() {
			SERVICES.stubFor(post(urlEqualTo(ASSIGN)).willReturn(aResponse().withStatus(502)));
			assertUnavailable(
					catchThrowableOfType(ProblemException.class, () -> assignments.assign("r-1", "c-bakker", "m-1")));

			SERVICES.stubFor(post(urlEqualTo(ASSIGN)).willReturn(aResponse().withStatus(200).withFixedDelay(2500)));
			assertUnavailable(
					catchThrowableOfType(ProblemException.class, () -> assignments.assign("r-1", "c-bakker", "m-1")));
		}

	}

}
