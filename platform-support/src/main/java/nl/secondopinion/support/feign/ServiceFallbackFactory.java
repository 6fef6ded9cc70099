package nl.secondopinion.support.feign;

import org.springframework.cloud.openfeign.FallbackFactory;

/**
 * A Feign fallback factory that sees the call's own failure: the circuit breaker's time
 * limiter wraps it, and a fallback that checked the wrapper would treat every refusal as
 * an outage.
 *
 * @param <T> the Feign client
 */
public abstract class ServiceFallbackFactory<T> implements FallbackFactory<T> {

	@Override
	public final T create(Throwable failure) {
		return fallback(DownstreamFailures.unwrap(failure));
	}

	/**
	 * @param cause the call's failure, unwrapped
	 * @return a client whose every method throws what the caller should see
	 */
	protected abstract T fallback(Throwable cause);

}
