package nl.secondopinion.referral.idempotency;

/** The first call with this Idempotency-Key has not finished yet. */
public class IdempotencyKeyInProgressException extends RuntimeException {

	public IdempotencyKeyInProgressException() {
		super("The first call with this Idempotency-Key is still running; retry in a moment.", null, false, false);
	}

}
