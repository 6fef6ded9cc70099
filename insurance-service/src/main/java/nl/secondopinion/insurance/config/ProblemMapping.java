package nl.secondopinion.insurance.config;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.secondopinion.insurance.context.AssignmentRefusedException;
import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.insurance.coverage.CheckNotFoundException;
import nl.secondopinion.insurance.insurer.InsurerMissingException;
import nl.secondopinion.insurance.insurer.UnknownInsurerException;
import nl.secondopinion.insurance.mediation.ConsultantNotCandidateException;
import nl.secondopinion.insurance.mediation.ConsultantNotProposedException;
import nl.secondopinion.insurance.mediation.MediationClosedException;
import nl.secondopinion.insurance.mediation.MediationNotFoundException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * The domain's refusals as problem answers. "Not found" has the same body whether the
 * object does not exist or the caller may not know it does.
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

	@ExceptionHandler(InsurerMissingException.class)
	ResponseEntity<ProblemDetail> insurerMissing() {
		return answer(
				ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "insurer-missing", "No insurer on the request",
						"The request names no health insurer. Add the insurer to the request first."));
	}

	@ExceptionHandler(UnknownInsurerException.class)
	ResponseEntity<ProblemDetail> unknownInsurer() {
		return answer(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-insurer", "Unknown insurer",
				"The platform cannot check coverage with the insurer named on the request."));
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

	@ExceptionHandler(ConsultantNotCandidateException.class)
	ResponseEntity<ProblemDetail> notCandidate(ConsultantNotCandidateException ex) {
		String wait = (ex.maxWaitingWeeks() != null)
				? ", and waits at most the patient's " + ex.maxWaitingWeeks() + " weeks" : "";
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "consultant-not-candidate",
				"Consultant cannot be proposed",
				"Consultant " + ex.consultantId()
						+ " is not one the patient may choose for this request: a candidate accepts new patients, "
						+ "has the request's specialty, is independent of the treating doctor and works at the same "
						+ "level, has not declined the request" + wait + ". Propose one from the candidate list.");
		problem.setProperty("consultantId", ex.consultantId());
		return answer(problem);
	}

	@ExceptionHandler(ConsultantNotProposedException.class)
	ResponseEntity<ProblemDetail> notProposed() {
		return answer(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "consultant-not-proposed",
				"Consultant was not proposed", "An accepted proposal must name a consultant that was proposed."));
	}

	/**
	 * referral-service's own sentence is meant for people; it says why better than we
	 * can.
	 */
	@ExceptionHandler(AssignmentRefusedException.class)
	ResponseEntity<ProblemDetail> assignmentRefused(AssignmentRefusedException ex) {
		String detail = (ex.detail() != null) ? ex.detail()
				: "The referral service refused to assign this consultant to the request (" + ex.reason() + ").";
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "consultant-not-assignable",
				"Consultant cannot be assigned", detail + " The mediation stays open.");
		problem.setProperty("reason", ex.reason());
		return answer(problem);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
