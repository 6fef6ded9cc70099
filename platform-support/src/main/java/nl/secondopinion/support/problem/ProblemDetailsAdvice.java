package nl.secondopinion.support.problem;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC into a problem answer with a stable type
 * and the correlation id. Runs last, so a service's own advice for its domain exceptions
 * wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException exception) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(exception.problem().getStatus());
		exception.headers().forEach((name, value) -> answer.header(name, value));
		return answer.body(ProblemTypes.withCorrelationId(exception.problem()));
	}

	// Rethrown so Spring Security's own handlers answer with 401/403 instead of a 500
	// here.
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException exception) {
		throw exception;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception exception) {
		log.error("Unhandled exception", exception);
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Internal error",
				"Something went wrong on our side. Quote the correlation id when you contact support.");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
				"Some fields are missing or not valid; see errors.");
		List<Map<String, String>> errors = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is not valid"))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(ProblemTypes.type(ProblemTypes.slugFor(statusCode)));
			}
			ProblemTypes.withCorrelationId(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

}
