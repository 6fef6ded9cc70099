package nl.secondopinion.referral.consultant.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.secondopinion.referral.consultant.ConsultantNotFoundException;
import nl.secondopinion.support.problem.ProblemTypes;

@RestControllerAdvice(assignableTypes = ConsultantController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultantProblems {

	@ExceptionHandler(ConsultantNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail notFound() {
		return ProblemTypes.problem(HttpStatus.NOT_FOUND, "consultant-not-found", "Consultant not found",
				"The directory has no consultant with this id.");
	}

}
