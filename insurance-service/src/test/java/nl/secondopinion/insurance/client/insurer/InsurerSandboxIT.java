package nl.secondopinion.insurance.client.insurer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.eligibility.UnavailableCause;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.testsupport.WithDownstreams;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the insurer sandbox, driven through the real connectors (Feign client per
 * insurer, retry, breaker, bulkhead, time limiter) against the repository's own WireMock
 * mappings.
 */
class InsurerSandboxIT extends WithDownstreams {

	private static final LocalDate DATE = LocalDate.parse("2026-11-23");

	@Autowired
	InsurerConnectors connectors;

	private EligibilityResult check(String uzovi, String bsn) {
		return this.connectors.check(uzovi, Bsn.parse(bsn).orElseThrow(), DATE);
	}

	private static int requestsTo(String uzovi) {
		return SANDBOX
			.countRequestsMatching(getRequestedFor(urlPathEqualTo("/insurers/" + uzovi + "/eligibility")).build())
			.getCount();
	}

	@Nested
	class Answers {

		@Test
		void whenInsuredWithBasicOnly_thenInsuredWithoutPackage() {
			assertThat(check("3311", "999990019")).isInstanceOfSatisfying(EligibilityResult.Insured.class,
					(insured) -> {
						assertThat(insured.basicInsurance()).isTrue();
						assertThat(insured.supplementaryPackage()).isNull();
						assertThat(insured.treatyArrangement()).isFalse();
						assertThat(insured.insurerName()).isEqualTo("Zilveren Kruis (sandbox)");
					});
		}

		@Test
		void whenInsuredWithBasicAndSupplementary_thenThePackageIsNamed() {
			assertThat(check("3311", "999990020")).isInstanceOfSatisfying(EligibilityResult.Insured.class,
					(insured) -> assertThat(insured.supplementaryPackage()).isEqualTo("Aanvullend 3 sterren"));
			assertThat(check("9664", "999990044")).isInstanceOfSatisfying(EligibilityResult.Insured.class,
					(insured) -> assertThat(insured.supplementaryPackage()).isEqualTo("Top"));
			assertThat(check("9664", "999990032")).isInstanceOfSatisfying(EligibilityResult.Insured.class,
					(insured) -> assertThat(insured.supplementaryPackage()).isNull());
		}

		@Test
		void whenUnderATreatyArrangement_thenThatIsReported() {
			assertThat(check("3311", "999990056")).isInstanceOfSatisfying(EligibilityResult.Insured.class,
					(insured) -> assertThat(insured.treatyArrangement()).isTrue());
		}

		@Test
		void whenNotInsuredOrUnknownNumber_thenNotInsuredAfterOneCall() {
			assertThat(check("3311", "999990007")).isInstanceOf(EligibilityResult.NotInsured.class);
			assertThat(check("9664", "999990019")).isInstanceOf(EligibilityResult.NotInsured.class);

			assertThat(requestsTo("3311")).isEqualTo(1);
			assertThat(breakers.circuitBreaker("insurer-3311").getMetrics().getNumberOfFailedCalls()).isZero();
		}

		@Test
		void whenTheInsurerWantsCredentials_thenTheConfiguredOnesAreSentAndNeverOurOwnToken() {
			check("3311", "999990019");
			check("9664", "999990032");

			SANDBOX.verify(getRequestedFor(urlPathEqualTo("/insurers/3311/eligibility")).withHeader("Authorization",
					equalTo("Basic cGxhdGZvcm0tems6c2FuZGJveC1zZWNyZXQ=")));
			SANDBOX.verify(getRequestedFor(urlPathEqualTo("/insurers/9664/eligibility")).withHeader("Authorization",
					absent()));
		}

		@Test
		void whenTheInsurerIsNotConnected_thenUnavailableWithoutAnyCall() {
			EligibilityResult result = check("1234", "999990019");

			assertThat(result).isInstanceOfSatisfying(EligibilityResult.Unavailable.class,
					(unavailable) -> assertThat(unavailable.cause()).isEqualTo(UnavailableCause.NOT_CONNECTED));
			assertThat(SANDBOX.getAllServeEvents()).isEmpty();
		}

	}

	@Nested
	class Failures {

		@Test
		void whenTheInsurerIsSlow_thenTheTimeLimiterEndsTheCallAfterItsTimeoutWithoutRetry() {
			long start = System.nanoTime();
			EligibilityResult result = check("7029", "999990019");
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(result).isInstanceOfSatisfying(EligibilityResult.Unavailable.class,
					(unavailable) -> assertThat(unavailable.cause()).isEqualTo(UnavailableCause.TIMEOUT));
			assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4000));
			assertThat(requestsTo("7029")).isEqualTo(1);
		}

		@Test
		void whenTheInsurerAnswers5xx_thenItIsRetriedWithBackoffAndReportedUnavailable() {
			EligibilityResult result = check("0101", "999990019");

			assertThat(result).isInstanceOfSatisfying(EligibilityResult.Unavailable.class,
					(unavailable) -> assertThat(unavailable.cause()).isEqualTo(UnavailableCause.INSURER_ERROR));
			assertThat(requestsTo("0101")).isEqualTo(3);
			var served = SANDBOX.getAllServeEvents()
				.stream()
				.map((event) -> event.getRequest().getLoggedDate().getTime())
				.sorted()
				.toList();
			// backoff 100 ms, then 200 ms
			assertThat(served.get(1) - served.get(0)).isGreaterThanOrEqualTo(90);
			assertThat(served.get(2) - served.get(1)).isGreaterThanOrEqualTo(180);
		}

		@ParameterizedTest
		@ValueSource(strings = { "3311:999990068", "9664:999990081", "9664:999990093", "9664:999990111" })
		void whenTheBodyIsGarbage_thenUnreadableAfterOneCallAndCountedAsFailure(String insurerAndBsn) {
			String[] parts = insurerAndBsn.split(":");

			EligibilityResult result = check(parts[0], parts[1]);

			assertThat(result).isInstanceOfSatisfying(EligibilityResult.Unavailable.class,
					(unavailable) -> assertThat(unavailable.cause()).isEqualTo(UnavailableCause.UNREADABLE_ANSWER));
			assertThat(requestsTo(parts[0])).isEqualTo(1);
			assertThat(breakers.circuitBreaker("insurer-" + parts[0]).getMetrics().getNumberOfFailedCalls())
				.isEqualTo(1);
		}

		@Test
		void whenTheAnswerIsAboutAnotherPerson_thenItIsNotBelieved() {
			SANDBOX.stubFor(get(urlPathEqualTo("/insurers/9664/eligibility")).atPriority(0).willReturn(okJson("""
					{"insured": true, "bsn": "999990020", "insurerUzovi": "9664", "basicInsurance": true}""")));

			assertThat(check("9664", "999990032")).isInstanceOfSatisfying(EligibilityResult.Unavailable.class,
					(unavailable) -> assertThat(unavailable.cause()).isEqualTo(UnavailableCause.UNREADABLE_ANSWER));
		}

		@Test
		void whenMoreCallsThanTheBulkheadAllowsHitAHangingInsurer_thenTheRestAreRefusedAtOnce() throws Exception {
			// hangs just past the time limiter, so the sandbox is free again for the next
			// test
			SANDBOX.stubFor(get(urlPathEqualTo("/insurers/7029/eligibility")).atPriority(0)
				.willReturn(okJson("{}").withFixedDelay(2200)));
			ExecutorService pool = Executors.newFixedThreadPool(25);
			try {
				List<Callable<EligibilityResult>> calls = new ArrayList<>();
				for (int i = 0; i < 25; i++) {
					calls.add(() -> check("7029", "999990019"));
				}
				List<UnavailableCause> causes = new ArrayList<>();
				for (Future<EligibilityResult> future : pool.invokeAll(calls)) {
					causes.add(((EligibilityResult.Unavailable) future.get()).cause());
				}

				assertThat(causes).filteredOn((cause) -> cause == UnavailableCause.BUSY).hasSize(5);
				assertThat(causes).filteredOn((cause) -> cause == UnavailableCause.TIMEOUT).hasSize(20);
				Thread.sleep(500);
				assertThat(requestsTo("7029")).isEqualTo(20);
			}
			finally {
				pool.shutdownNow();
			}
		}

	}

	@Nested
	class Breaker {

		@Test
		void whenTheInsurerKeepsFailing_thenClosedOpenHalfOpenClosed() throws Exception {
			CircuitBreaker breaker = breakers.circuitBreaker("insurer-0101");
			List<String> transitions = new CopyOnWriteArrayList<>();
			breaker.getEventPublisher()
				.onStateTransition((event) -> transitions.add(event.getStateTransition().name()));

			// 3 failed attempts (1 + 2 retries): below the minimum of 5 calls, still
			// closed
			check("0101", "999990019");
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);

			// the 5th failed call opens it; the retry's last attempt is not permitted
			EligibilityResult opening = check("0101", "999990019");
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertThat(requestsTo("0101")).isEqualTo(5);
			assertThat(((EligibilityResult.Unavailable) opening).cause()).isEqualTo(UnavailableCause.BREAKER_OPEN);

			// open: answered at once, the insurer is not called
			for (int i = 0; i < 20; i++) {
				assertThat(((EligibilityResult.Unavailable) check("0101", "999990019")).cause())
					.isEqualTo(UnavailableCause.BREAKER_OPEN);
			}
			assertThat(requestsTo("0101")).isEqualTo(5);

			// the insurer recovers; after the wait in open state the breaker lets test
			// calls through
			SANDBOX.stubFor(get(urlPathMatching("/insurers/0101/eligibility")).atPriority(0).willReturn(okJson("""
					{"insured": true, "insurerUzovi": "0101", "insurerName": "Recovered", "basicInsurance": true}""")));
			Thread.sleep(1100);
			assertThat(check("0101", "999990019")).isInstanceOf(EligibilityResult.Insured.class);
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
			assertThat(check("0101", "999990019")).isInstanceOf(EligibilityResult.Insured.class);
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);

			assertThat(transitions).containsExactly("CLOSED_TO_OPEN", "OPEN_TO_HALF_OPEN", "HALF_OPEN_TO_CLOSED");
		}

		@Test
		void whenOneInsurerIsOpen_thenTheOthersAreUntouched() {
			for (int i = 0; i < 3; i++) {
				check("0101", "999990019");
			}

			assertThat(breakers.circuitBreaker("insurer-0101").getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertThat(breakers.circuitBreaker("insurer-3311").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(check("3311", "999990019")).isInstanceOf(EligibilityResult.Insured.class);
		}

	}

}
