package nl.secondopinion.support.feign;

import java.io.IOException;
import java.io.InputStream;
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

	private final Refusals rejected;

	private final boolean readsProblem;

	/**
	 * @param notFound what a 404 means, or {@code null} when a 404 is a fault like any
	 * other 4xx
	 * @param rejected the service's own {@link RejectedCallException} for a status
	 */
	protected ServiceErrorDecoder(@Nullable Supplier<? extends RuntimeException> notFound,
			IntFunction<? extends RejectedCallException> rejected) {
		this.notFound = notFound;
		this.rejected = (status, problem) -> rejected.apply(status);
		this.readsProblem = false;
	}

	/**
	 * For callers that keep the reason of a refusal (e.g. a parked event): the refusal
	 * also carries the problem answer, read within {@link ReceivedProblem#MAX_BODY}.
	 * @param notFound what a 404 means, or {@code null} when a 404 is a fault like any
	 * other 4xx
	 * @param rejected the service's own {@link RejectedCallException} for a status and
	 * problem
	 */
	protected ServiceErrorDecoder(@Nullable Supplier<? extends RuntimeException> notFound, Refusals rejected) {
		this.notFound = notFound;
		this.rejected = rejected;
		this.readsProblem = true;
	}

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status == 404 && this.notFound != null) {
			return this.notFound.get();
		}
		if (RejectedCallException.isOurFault(status)) {
			return this.rejected.of(status, this.readsProblem ? problemOf(response) : null);
		}
		return this.fallback.decode(methodKey, response);
	}

	private static @Nullable ReceivedProblem problemOf(Response response) {
		if (response.body() == null) {
			return null;
		}
		try (InputStream body = response.body().asInputStream()) {
			return ReceivedProblem.parse(body.readNBytes(ReceivedProblem.MAX_BODY + 1));
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Makes a service's own {@link RejectedCallException} from a refusal. */
	@FunctionalInterface
	public interface Refusals {

		RejectedCallException of(int status, @Nullable ReceivedProblem problem);

	}

}
