package nl.secondopinion.referral.idempotency;

/** The same Idempotency-Key was sent before with another body. */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("Idempotency-Key reused with another body", null, false, false);
	}

}
