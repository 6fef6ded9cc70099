package nl.secondopinion.referral.request.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.secondopinion.referral.request.InsurerMissingException;
import nl.secondopinion.referral.request.RequestNotFoundException;
import nl.secondopinion.referral.request.UnknownInsurerException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * The problem answers of the request endpoints. Runs before the platform's catch-all
 * advice, which still handles everything not listed here.
 */
@RestControllerAdvice(assignableTypes = RequestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblems {

	@ExceptionHandler(RequestNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail notFound() {
		// Identical for an unknown id and for someone else's request.
		return ProblemTypes.problem(HttpStatus.NOT_FOUND, "request-not-found", "Request not found",
				"There is no request with this id that you may see.");
	}

	@ExceptionHandler(InsurerMissingException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail insurerMissing() {
		return ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "insurer-missing", "Insurer missing",
				"Add your health insurer to the request before asking for a coverage estimate.");
	}

	@ExceptionHandler(UnknownInsurerException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail unknownInsurer(UnknownInsurerException exception) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-insurer",
				"Unknown insurer", "The insurance service does not know the insurer with this UZOVI code.");
		problem.setProperty("uzovi", exception.uzovi());
		return problem;
	}

	/**
	 * A body Jackson cannot map, e.g. an unknown {@code reason}. Names the field and the
	 * accepted values, but never echoes the parser's message.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ProblemDetail unreadable(HttpMessageNotReadableException exception) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
				"The body is not valid JSON for this endpoint; see errors.");
		if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			problem.setProperty("errors", List.of(Map.of("field", field(mismatch), "message", message(mismatch))));
		}
		return problem;
	}

	private static String field(JacksonException exception) {
		return exception.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String message(MismatchedInputException exception) {
		Class<?> target = exception.getTargetType();
		if (exception instanceof InvalidFormatException && target != null && target.isEnum()) {
			return "must be one of "
					+ Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		return "has the wrong type";
	}

}
