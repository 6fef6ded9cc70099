package nl.secondopinion.referral.idempotency;

import org.springframework.http.HttpStatus;

import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/** The first call with this Idempotency-Key has not finished yet: 409. */
public class IdempotencyKeyInProgressException extends ProblemException {

	public IdempotencyKeyInProgressException() {
		super(ProblemTypes.problem(HttpStatus.CONFLICT, "concurrent-change", "Changed at the same time",
				"The first call with this Idempotency-Key is still running; retry in a moment."));
	}

}
