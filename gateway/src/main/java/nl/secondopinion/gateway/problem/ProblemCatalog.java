package nl.secondopinion.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Fixed texts per status. The gateway never puts an exception message in an answer: it
 * may name hosts, ports or libraries. Slugs match the ones the services use.
 */
final class ProblemCatalog {

	record Entry(String slug, String title, String detail) {
	}

	private ProblemCatalog() {
	}

	static Entry entryFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> new Entry("bad-request", "Bad request", "The request could not be read.");
			case 401 ->
				new Entry("unauthenticated", "Authentication required", "Sign in and send a valid access token.");
			case 403 -> new Entry("forbidden", "Not allowed", "You are not allowed to use this path.");
			case 404 -> new Entry("not-found", "Not found", "No service answers this path.");
			case 405 ->
				new Entry("method-not-allowed", "Method not allowed", "This path does not support the request method.");
			case 413 -> new Entry("payload-too-large", "Payload too large", "The request body is too large.");
			case 429 -> new Entry("too-many-requests", "Too many requests",
					"Too many requests in a short time. Wait as long as Retry-After says, then try again.");
			case 502 -> new Entry("bad-gateway", "Bad gateway",
					"The service behind this path did not answer properly. Try again later.");
			case 503 -> new Entry("service-unavailable", "Service unavailable",
					"The service behind this path cannot be reached right now. Try again later.");
			case 504 -> new Entry("gateway-timeout", "Gateway timeout",
					"The service behind this path did not answer in time. Try again later.");
			default -> generic(status);
		};
	}

	private static Entry generic(HttpStatusCode status) {
		if (status.is5xxServerError()) {
			return new Entry("internal-error", "Internal error", "The gateway could not handle this request.");
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		return new Entry("http-" + status.value(), title, "The gateway could not handle this request.");
	}

}
