package nl.secondopinion.referral.idempotency;

import org.springframework.http.HttpStatus;

import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/** The same Idempotency-Key was sent before with another body: 422. */
public class IdempotencyKeyReusedException extends ProblemException {

	public IdempotencyKeyReusedException() {
		super(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
				"This Idempotency-Key was used before with another body."));
	}

}
