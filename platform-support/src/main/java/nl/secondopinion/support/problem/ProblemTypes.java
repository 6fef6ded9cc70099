package nl.secondopinion.support.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import nl.secondopinion.support.correlation.CorrelationId;

/**
 * Builds every problem answer of the platform so that {@code type} URIs stay stable and
 * each answer carries the correlation id a user can quote to support.
 */
public final class ProblemTypes {

	public static final String BASE = "https://secondopinion.nl/problems/";

	private ProblemTypes() {
	}

	public static URI type(String slug) {
		return URI.create(BASE + slug);
	}

	public static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return withCorrelationId(problem);
	}

	public static ProblemDetail withCorrelationId(ProblemDetail problem) {
		CorrelationId.current().ifPresent((id) -> problem.setProperty("correlationId", id));
		return problem;
	}

	/** A slug for problems that carry only an HTTP status, e.g. {@code not-found}. */
	public static String slugFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "bad-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 422 -> "unprocessable-content";
			case 429 -> "too-many-requests";
			case 502 -> "bad-gateway";
			case 503 -> "service-unavailable";
			case 504 -> "gateway-timeout";
			default -> (status.is5xxServerError() ? "internal-error" : "http-" + status.value());
		};
	}

}
