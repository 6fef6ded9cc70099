package nl.secondopinion.support.feign;

import java.util.function.IntFunction;
import java.util.function.Supplier;

import feign.Response;
import feign.codec.ErrorDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Sorts a platform service's error answers: a 404 may be an answer (the thing asked about
 * does not exist), other 4xx are our faults ({@link RejectedCallException}), and 5xx, 408
 * and 429 go to Feign's default, which the circuit breaker counts.
 */
public class ServiceErrorDecoder implements ErrorDecoder {

	private final ErrorDecoder fallback = new ErrorDecoder.Default();

	private final @Nullable Supplier<? extends RuntimeException> notFound;

	private final IntFunction<? extends RejectedCallException> rejected;

	/**
	 * @param notFound what a 404 means, or {@code null} when a 404 is a fault like any
	 * other 4xx
	 * @param rejected the service's own {@link RejectedCallException} for a status
	 */
	protected ServiceErrorDecoder(@Nullable Supplier<? extends RuntimeException> notFound,
			IntFunction<? extends RejectedCallException> rejected) {
		this.notFound = notFound;
		this.rejected = rejected;
	}

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status == 404 && this.notFound != null) {
			return this.notFound.get();
		}
		if (RejectedCallException.isOurFault(status)) {
			return this.rejected.apply(status);
		}
		return this.fallback.decode(methodKey, response);
	}

}
