package nl.secondopinion.insurance.client.insurer;

import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import feign.auth.BasicAuthRequestInterceptor;
import feign.codec.DecodeException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.eligibility.InsurerEligibility;
import nl.secondopinion.insurance.eligibility.UnavailableCause;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.support.correlation.CorrelatedExecutorService;

/**
 * The eligibility connectors: per insurer one Feign client (its own URL, credentials and
 * timeouts) behind its own retry, circuit breaker, bulkhead and time limiter. Per attempt
 * the order is retry → breaker → bulkhead → time limiter → call, so an open breaker
 * answers at once without reaching the insurer, a full bulkhead is not the insurer's
 * fault, and the time limiter bounds every single attempt.
 */
public class InsurerConnectors implements InsurerEligibility, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(InsurerConnectors.class);

	/** The resilience4j base configuration every insurer instance falls back to. */
	public static final String BASE_CONFIG = "insurer";

	private final Map<String, Connector> connectors;

	private final ExecutorService calls;

	private final Clock clock;

	public InsurerConnectors(InsurerEndpoints endpoints, CircuitBreakerRegistry breakers, RetryRegistry retries,
			BulkheadRegistry bulkheads, TimeLimiterRegistry timeLimiters, Clock clock) {
		JsonMapper mapper = JsonMapper.builder().build();
		// Virtual threads, one per call: a hanging insurer ties up no pool the others
		// need; the bulkhead bounds how many there are per insurer. Each call keeps the
		// caller's correlation id in its log lines.
		this.calls = new CorrelatedExecutorService(
				Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("eligibility-call-", 0).factory()));
		this.clock = clock;
		Map<String, Connector> connectors = new HashMap<>();
		for (InsurerEndpoints.Endpoint endpoint : endpoints.endpoints()) {
			String name = instanceName(endpoint.uzovi());
			connectors.put(endpoint.uzovi(),
					new Connector(client(endpoint, mapper), breakers.circuitBreaker(name, BASE_CONFIG),
							retries.retry(name, BASE_CONFIG), bulkheads.bulkhead(name, BASE_CONFIG),
							timeLimiters.timeLimiter(name, BASE_CONFIG)));
		}
		this.connectors = Map.copyOf(connectors);
	}

	public static String instanceName(String uzovi) {
		return "insurer-" + uzovi;
	}

	private static EligibilityApi client(InsurerEndpoints.Endpoint endpoint, JsonMapper mapper) {
		Feign.Builder builder = Feign.builder()
			.client(new Client.Default(null, null))
			.options(new Request.Options(endpoint.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
					endpoint.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false))
			// Retries are Resilience4j's, for this idempotent read only, with backoff.
			.retryer(Retryer.NEVER_RETRY)
			.errorDecoder(new InsurerErrorDecoder())
			.decoder(new EligibilityDecoder(mapper));
		if (endpoint.username() != null && !endpoint.username().isBlank() && endpoint.password() != null) {
			builder.requestInterceptor(new BasicAuthRequestInterceptor(endpoint.username(), endpoint.password()));
		}
		return builder.target(EligibilityApi.class, endpoint.url().toString());
	}

	@Override
	public EligibilityResult check(String insurerUzovi, Bsn bsn, LocalDate date) {
		Connector connector = this.connectors.get(insurerUzovi);
		if (connector == null) {
			return unavailable(insurerUzovi, UnavailableCause.NOT_CONNECTED);
		}
		try {
			EligibilityAnswer answer = connector.retry()
				.executeCallable(() -> connector.breaker()
					.executeCallable(() -> connector.bulkhead()
						.executeCallable(() -> connector.timeLimiter()
							.executeFutureSupplier(
									() -> this.calls.submit(() -> call(connector, insurerUzovi, bsn, date))))));
			return insured(insurerUzovi, answer);
		}
		catch (InsurerFailure.NotInsured ex) {
			return new EligibilityResult.NotInsured(insurerUzovi, this.clock.instant());
		}
		catch (CallNotPermittedException ex) {
			return unavailable(insurerUzovi, UnavailableCause.BREAKER_OPEN);
		}
		catch (BulkheadFullException ex) {
			return unavailable(insurerUzovi, UnavailableCause.BUSY);
		}
		catch (TimeoutException ex) {
			return unavailable(insurerUzovi, UnavailableCause.TIMEOUT);
		}
		catch (InsurerFailure.Rejected ex) {
			log.error("Insurer {} refused our eligibility call: {}", insurerUzovi, ex.getMessage());
			return unavailable(insurerUzovi, UnavailableCause.REJECTED);
		}
		catch (InsurerFailure ex) {
			return unavailable(insurerUzovi, ex.unavailableCause());
		}
		catch (Exception ex) {
			log.warn("Eligibility call to insurer {} failed: {}", insurerUzovi, ex.getClass().getSimpleName());
			return unavailable(insurerUzovi, UnavailableCause.INSURER_ERROR);
		}
	}

	/**
	 * One attempt, with Feign's exceptions sorted into {@link InsurerFailure}s the
	 * resilience configuration can tell apart. The answer is validated here, so that an
	 * invalid one counts as a failure of the insurer.
	 */
	private EligibilityAnswer call(Connector connector, String uzovi, Bsn bsn, LocalDate date) {
		EligibilityAnswer answer;
		try {
			answer = connector.client().eligibility(uzovi, bsn.digits(), date.toString());
		}
		catch (RetryableException ex) {
			if (ex.getCause() instanceof SocketTimeoutException) {
				throw new InsurerFailure.Timeout();
			}
			throw new InsurerFailure.ServerError("Connection failed");
		}
		catch (DecodeException ex) {
			throw new InsurerFailure.Unreadable("Answer is not a valid eligibility document");
		}
		if (answer == null || answer.insured() == null) {
			throw new InsurerFailure.Unreadable("Answer does not say whether the person is insured");
		}
		if (!answer.insured()) {
			throw new InsurerFailure.NotInsured();
		}
		if (answer.basicInsurance() == null || (answer.bsn() != null && !answer.bsn().equals(bsn.digits()))
				|| (answer.insurerUzovi() != null && !answer.insurerUzovi().equals(uzovi))) {
			throw new InsurerFailure.Unreadable("Answer is incomplete or about another person or insurer");
		}
		return answer;
	}

	private EligibilityResult insured(String uzovi, EligibilityAnswer answer) {
		return new EligibilityResult.Insured(uzovi, (answer.insurerName() != null) ? answer.insurerName() : uzovi,
				Boolean.TRUE.equals(answer.basicInsurance()), answer.supplementaryPackage(),
				Boolean.TRUE.equals(answer.treatyArrangement()), this.clock.instant(), false);
	}

	private EligibilityResult unavailable(String uzovi, UnavailableCause cause) {
		return new EligibilityResult.Unavailable(uzovi, cause, this.clock.instant());
	}

	@Override
	public void close() {
		this.calls.shutdownNow();
	}

	private record Connector(EligibilityApi client, CircuitBreaker breaker, Retry retry, Bulkhead bulkhead,
			TimeLimiter timeLimiter) {

	}

}
