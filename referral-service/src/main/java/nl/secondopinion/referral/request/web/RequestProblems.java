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

import nl.secondopinion.referral.consultant.ConsultantNotFoundException;
import nl.secondopinion.referral.request.AppointmentRefusedException;
import nl.secondopinion.referral.request.ConcurrentChangeException;
import nl.secondopinion.referral.request.ConsultantNotAcceptingException;
import nl.secondopinion.referral.request.IllegalTransitionException;
import nl.secondopinion.referral.request.InsurerMissingException;
import nl.secondopinion.referral.request.NotAllowedException;
import nl.secondopinion.referral.request.NotIndependentException;
import nl.secondopinion.referral.request.ReportNotFoundException;
import nl.secondopinion.referral.request.RequestIncompleteException;
import nl.secondopinion.referral.request.RequestNotFoundException;
import nl.secondopinion.referral.request.RuleViolationException;
import nl.secondopinion.referral.request.UnknownInsurerException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * The problem answers of the request endpoints. Runs before the platform's catch-all
 * advice, which still handles everything not listed here.
 */
@RestControllerAdvice(assignableTypes = { RequestController.class, JourneyController.class,
		InternalRequestController.class, DecisionQuestionController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblems {

	@ExceptionHandler(RequestNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail notFound() {
		// Identical for an unknown id and for someone else's request.
		return ProblemTypes.problem(HttpStatus.NOT_FOUND, "request-not-found", "Request not found",
				"There is no request with this id that you may see.");
	}

	@ExceptionHandler(ReportNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail reportNotFound() {
		return ProblemTypes.problem(HttpStatus.NOT_FOUND, "report-not-found", "Report not found",
				"There is no report on this request that you may read.");
	}

	@ExceptionHandler(NotAllowedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ProblemDetail notAllowed() {
		return ProblemTypes.problem(HttpStatus.FORBIDDEN, "step-not-allowed", "Step not allowed for you",
				"Your part in this request does not allow this step.");
	}

	/** Names the current status and the steps the journey allows from it. */
	@ExceptionHandler(IllegalTransitionException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ProblemDetail illegalTransition(IllegalTransitionException exception) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.CONFLICT, "illegal-transition", "Step not allowed now",
				"The request is " + exception.current() + "; " + exception.step()
						+ " is not one of the steps allowed from there.");
		problem.setProperty("currentStatus", exception.current().name());
		problem.setProperty("step", exception.step().name());
		problem.setProperty("allowedNextSteps",
				exception.allowed()
					.entrySet()
					.stream()
					.map((entry) -> Map.of("step", entry.getKey().name(), "to", entry.getValue().name()))
					.toList());
		return problem;
	}

	@ExceptionHandler(ConcurrentChangeException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ProblemDetail concurrentChange(ConcurrentChangeException exception) {
		return ProblemTypes.problem(HttpStatus.CONFLICT, "concurrent-change", "Changed at the same time",
				exception.getMessage());
	}

	@ExceptionHandler(RequestIncompleteException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail incomplete(RequestIncompleteException exception) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "request-incomplete",
				"Request incomplete", "Add what is listed in errors before submitting.");
		problem.setProperty("errors",
				exception.missing()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((entry) -> Map.of("field", entry.getKey(), "message", entry.getValue()))
					.toList());
		return problem;
	}

	@ExceptionHandler(NotIndependentException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail notIndependent(NotIndependentException exception) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "consultant-not-independent",
				"Consultant not independent",
				"This consultant may not review the treating doctor: " + exception.rules().get(0) + ".");
		problem.setProperty("rule", exception.rules().get(0).name());
		problem.setProperty("rules", exception.rules().stream().map(Enum::name).toList());
		return problem;
	}

	@ExceptionHandler(ConsultantNotAcceptingException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail notAccepting() {
		return ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "consultant-not-accepting",
				"Consultant not accepting", "This consultant takes no new requests at the moment.");
	}

	@ExceptionHandler(ConsultantNotFoundException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail unknownConsultant() {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-consultant",
				"Unknown consultant", "The directory has no consultant with this id.");
		problem.setProperty("errors", List.of(Map.of("field", "consultantId", "message", "is not in the directory")));
		return problem;
	}

	@ExceptionHandler(AppointmentRefusedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail appointmentRefused(AppointmentRefusedException exception) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, exception.rule(),
				"Appointment not possible yet", exception.detail());
		problem.setProperty("rule", exception.rule());
		exception.details().forEach(problem::setProperty);
		return problem;
	}

	/** Every rule the journey's domain states by slug (see RuleViolationException). */
	@ExceptionHandler(RuleViolationException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail ruleViolated(RuleViolationException exception) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, exception.slug(),
				exception.title(), exception.detail());
		exception.details().forEach(problem::setProperty);
		return problem;
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
