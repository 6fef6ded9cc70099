package nl.secondopinion.insurance.config;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.insurance.coverage.CheckNotFoundException;
import nl.secondopinion.insurance.mediation.MediationClosedException;
import nl.secondopinion.insurance.mediation.MediationNotFoundException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * The domain's "not found" answers: the same body whether the object does not exist or
 * the caller may not know it does.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemMapping {

	@ExceptionHandler(RequestNotFoundException.class)
	ResponseEntity<ProblemDetail> requestNotFound() {
		return answer(ProblemTypes.problem(HttpStatus.NOT_FOUND, "request-not-found", "Request not found",
				"There is no second-opinion request with this id that you may act on."));
	}

	@ExceptionHandler(CheckNotFoundException.class)
	ResponseEntity<ProblemDetail> checkNotFound() {
		return answer(ProblemTypes.problem(HttpStatus.NOT_FOUND, "coverage-check-not-found", "Coverage check not found",
				"There is no coverage check with this id that you may read."));
	}

	@ExceptionHandler(MediationNotFoundException.class)
	ResponseEntity<ProblemDetail> mediationNotFound() {
		return answer(ProblemTypes.problem(HttpStatus.NOT_FOUND, "mediation-not-found", "Mediation request not found",
				"There is no mediation request with this id that you may see."));
	}

	@ExceptionHandler(MediationClosedException.class)
	ResponseEntity<ProblemDetail> mediationClosed() {
		return answer(ProblemTypes.problem(HttpStatus.CONFLICT, "mediation-closed", "Mediation closed",
				"This mediation has an outcome already; nothing can be added."));
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
