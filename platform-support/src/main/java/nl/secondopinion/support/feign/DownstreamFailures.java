package nl.secondopinion.support.feign;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import feign.FeignException;
import feign.codec.DecodeException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * What a Feign fallback needs to turn a failed call into an honest answer, never a
 * made-up one: the cause itself, whether the fault was ours (502) or the service's (503
 * with {@code Retry-After}), and a log line that names the failure without quoting the
 * response body.
 */
public final class DownstreamFailures {

	private DownstreamFailures() {
	}

	/**
	 * The time limiter hands a call's exception over wrapped in an
	 * {@code ExecutionException}; the decoder's own exception is the one to act on.
	 */
	public static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof ExecutionException || cause instanceof CompletionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * Refused by the service or answered with a body we cannot read: our side's fault.
	 */
	public static boolean isOurFault(Throwable cause) {
		return cause instanceof RejectedCallException || cause instanceof DecodeException;
	}

	/**
	 * Feign's messages quote response bodies; the status and type are enough to act on.
	 */
	public static String describe(Throwable cause) {
		if (cause instanceof RejectedCallException rejected) {
			return "status " + rejected.status();
		}
		if (cause instanceof FeignException feign && feign.status() > 0) {
			return cause.getClass().getSimpleName() + ", status " + feign.status();
		}
		Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
		return cause.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
	}

	/**
	 * 502 {@code <service>-call-failed}, e.g. for {@code service} "insurance": "Insurance
	 * service call failed".
	 */
	public static ProblemException callFailed(String service, String detail) {
		return new ProblemException(ProblemTypes.problem(HttpStatus.BAD_GATEWAY, service + "-call-failed",
				capitalized(service) + " service call failed", detail));
	}

	/** 503 {@code <service>-unavailable} with {@code Retry-After}. */
	public static ProblemException unavailable(String service, String detail, Duration retryAfter) {
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, service + "-unavailable",
						capitalized(service) + " service unavailable", detail),
				Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds())));
	}

	private static String capitalized(String service) {
		return Character.toUpperCase(service.charAt(0)) + service.substring(1);
	}

}
