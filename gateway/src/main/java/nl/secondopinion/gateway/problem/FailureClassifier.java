package nl.secondopinion.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Decides which status a failure inside the gateway stands for. Order matters: Netty's
 * connect timeout is a {@link ConnectException} too, but means "unreachable", not
 * "refused".
 */
final class FailureClassifier {

	// Guards against cause chains that loop back on themselves.
	private static final int MAX_CAUSE_DEPTH = 16;

	private FailureClassifier() {
	}

	static HttpStatusCode statusFor(Throwable failure) {
		if (failure instanceof ResponseStatusException statusException) {
			return statusException.getStatusCode();
		}
		if (failure instanceof HttpStatusCodeException statusException) {
			return statusException.getStatusCode();
		}
		HttpStatusCode downstream = downstreamStatus(failure);
		return (downstream != null) ? downstream : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static @Nullable HttpStatusCode downstreamStatus(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
			if (cause instanceof ConnectTimeoutException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			if (cause instanceof ConnectException) {
				return HttpStatus.BAD_GATEWAY;
			}
			if (cause instanceof TimeoutException || cause instanceof ReadTimeoutException) {
				return HttpStatus.GATEWAY_TIMEOUT;
			}
			if (cause instanceof IOException) {
				// Connection reset, premature close, garbage instead of HTTP.
				return HttpStatus.BAD_GATEWAY;
			}
		}
		return null;
	}

}
