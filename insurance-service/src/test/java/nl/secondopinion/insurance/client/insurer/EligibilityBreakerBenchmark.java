package nl.secondopinion.insurance.client.insurer;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.eligibility.UnavailableCause;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.testsupport.WithDownstreams;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breaker benchmark of the issue, against a hanging insurer, with the resilience
 * settings of application.yml. Not part of the build (the name matches neither *Test nor
 * *IT); run it with
 * {@code mvn -B -ntp -pl insurance-service verify -Dit.test=EligibilityBreakerBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}
 * (about 80 s). The figures go to the service README.
 */
class EligibilityBreakerBenchmark extends WithDownstreams {

	private static final int WARM_UP_ROUNDS = 3;

	private static final int CLOSED_ROUNDS = 30;

	private static final int OPEN_CALLS = 10_000;

	@Autowired
	CircuitBreakerRegistry configuredBreakers;

	@Autowired
	TimeLimiterRegistry configuredTimeLimiters;

	@Autowired
	RetryRegistry configuredRetries;

	@Autowired
	BulkheadRegistry configuredBulkheads;

	@Test
	void hangingInsurer() throws Exception {
		WireMockServer hanging = new WireMockServer(options().dynamicPort().containerThreads(400));
		hanging.start();
		hanging.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(60_000)));
		CircuitBreakerConfig breakerConfig = this.configuredBreakers.getConfiguration(InsurerConnectors.BASE_CONFIG)
			.orElseThrow();
		TimeLimiterConfig limiterConfig = this.configuredTimeLimiters.getConfiguration(InsurerConnectors.BASE_CONFIG)
			.orElseThrow();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(breakerConfig);
		breakers.addConfiguration(InsurerConnectors.BASE_CONFIG, breakerConfig);
		TimeLimiterRegistry limiters = TimeLimiterRegistry.of(limiterConfig);
		limiters.addConfiguration(InsurerConnectors.BASE_CONFIG, limiterConfig);
		RetryRegistry retries = RetryRegistry
			.of(this.configuredRetries.getConfiguration(InsurerConnectors.BASE_CONFIG).orElseThrow());
		retries.addConfiguration(InsurerConnectors.BASE_CONFIG,
				this.configuredRetries.getConfiguration(InsurerConnectors.BASE_CONFIG).orElseThrow());
		BulkheadRegistry bulkheads = BulkheadRegistry
			.of(this.configuredBulkheads.getConfiguration(InsurerConnectors.BASE_CONFIG).orElseThrow());
		bulkheads.addConfiguration(InsurerConnectors.BASE_CONFIG,
				this.configuredBulkheads.getConfiguration(InsurerConnectors.BASE_CONFIG).orElseThrow());
		InsurerEndpoints endpoints = new InsurerEndpoints(List.of(new InsurerEndpoints.Endpoint("3311",
				URI.create(hanging.baseUrl()), null, null, Duration.ofMillis(500), Duration.ofSeconds(3))));
		Bsn bsn = Bsn.parse("999990019").orElseThrow();
		LocalDate date = LocalDate.now();
		int minimumCalls = breakerConfig.getMinimumNumberOfCalls();
		long timeoutMs = limiterConfig.getTimeoutDuration().toMillis();

		Histogram closed = new Histogram(60_000_000_000L, 3);
		Histogram open = new Histogram(60_000_000_000L, 3);
		List<Integer> callsToOpen = new ArrayList<>();
		ExecutorService callers = Executors.newFixedThreadPool(minimumCalls);
		try (InsurerConnectors connectors = new InsurerConnectors(endpoints, breakers, retries, bulkheads, limiters,
				Clock.systemUTC())) {
			CircuitBreaker breaker = breakers.circuitBreaker(InsurerConnectors.instanceName("3311"));
			// the first rounds load classes, open connections and compile: not measured
			for (int round = -WARM_UP_ROUNDS; round < CLOSED_ROUNDS; round++) {
				breaker.reset();
				int before = hanging.countRequestsMatching(getRequestedFor(anyUrl()).build()).getCount();
				List<Callable<Long>> calls = new ArrayList<>();
				for (int i = 0; i < minimumCalls; i++) {
					calls.add(() -> {
						long start = System.nanoTime();
						EligibilityResult result = connectors.check("3311", bsn, date);
						assertThat(((EligibilityResult.Unavailable) result).cause())
							.isEqualTo(UnavailableCause.TIMEOUT);
						return System.nanoTime() - start;
					});
				}
				for (Future<Long> latency : callers.invokeAll(calls)) {
					if (round >= 0) {
						closed.recordValue(latency.get());
					}
				}
				callsToOpen.add(hanging.countRequestsMatching(getRequestedFor(anyUrl()).build()).getCount() - before);
				assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
			}
			int reachedBefore = hanging.countRequestsMatching(getRequestedFor(anyUrl()).build()).getCount();
			for (int i = 0; i < OPEN_CALLS; i++) {
				long start = System.nanoTime();
				EligibilityResult result = connectors.check("3311", bsn, date);
				open.recordValue(System.nanoTime() - start);
				assertThat(((EligibilityResult.Unavailable) result).cause()).isEqualTo(UnavailableCause.BREAKER_OPEN);
			}
			int reachedWhileOpen = hanging.countRequestsMatching(getRequestedFor(anyUrl()).build()).getCount()
					- reachedBefore;

			System.out.printf("%n=== Eligibility breaker benchmark (hanging insurer) ===%n");
			System.out.printf(
					"time limiter timeout: %d ms, breaker minimum number of calls: %d, "
							+ "failure-rate threshold: %.0f %%%n",
					timeoutMs, minimumCalls, breakerConfig.getFailureRateThreshold());
			System.out.printf("closed: %d calls, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
					closed.getTotalCount(), ms(closed, 50), ms(closed, 90), ms(closed, 99), closed.getMaxValue() / 1e6);
			System.out.printf("calls until open, per round: min %d, max %d%n",
					callsToOpen.stream().mapToInt(Integer::intValue).min().orElseThrow(),
					callsToOpen.stream().mapToInt(Integer::intValue).max().orElseThrow());
			System.out.printf("open: %d calls, p50 %.3f ms, p99 %.3f ms, max %.3f ms, calls reaching the insurer: %d%n",
					open.getTotalCount(), ms(open, 50), ms(open, 99), open.getMaxValue() / 1e6, reachedWhileOpen);

			assertThat(ms(closed, 99)).isLessThanOrEqualTo(timeoutMs + 50);
			assertThat(ms(open, 99)).isLessThanOrEqualTo(5);
			assertThat(reachedWhileOpen).isZero();
			assertThat(callsToOpen).allMatch((calls) -> calls <= minimumCalls);
		}
		finally {
			callers.shutdownNow();
			hanging.stop();
		}
	}

	private static double ms(Histogram histogram, double percentile) {
		return histogram.getValueAtPercentile(percentile) / 1e6;
	}

}
