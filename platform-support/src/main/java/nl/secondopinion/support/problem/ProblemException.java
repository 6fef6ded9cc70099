package nl.secondopinion.support.problem;

import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * Thrown by a service when a request must end with a specific problem answer (e.g. 409
 * with the allowed next steps, or 503 with {@code Retry-After}).
 */
public class ProblemException extends RuntimeException {

	private final ProblemDetail problem;

	private final Map<String, String> headers;

	public ProblemException(ProblemDetail problem) {
		this(problem, Map.of());
	}

	public ProblemException(ProblemDetail problem, Map<String, String> headers) {
		super(problem.getTitle(), null, false, false);
		this.problem = problem;
		this.headers = Map.copyOf(headers);
	}

	public ProblemDetail problem() {
		return this.problem;
	}

	public Map<String, String> headers() {
		return this.headers;
	}

}
