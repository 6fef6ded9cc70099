package nl.secondopinion.gateway.ratelimit;

/**
 * A token bucket that counts its content in nanoseconds of credit rather than in
 * fractional tokens: one token is worth {@code nanosPerToken}, and the bucket fills with
 * elapsed time. Integer arithmetic keeps the {@code Retry-After} answer exact, and the
 * lazy refill needs no timer per client. Times are {@link System#nanoTime()} values.
 */
final class TokenBucket {

	record Consumption(boolean allowed, long remaining, long nanosUntilNextToken) {
	}

	private final long nanosPerToken;

	private final long capacityNanos;

	private long creditNanos;

	private long updatedAt;

	TokenBucket(long capacity, long nanosPerToken, long now) {
		this.nanosPerToken = nanosPerToken;
		this.capacityNanos = Math.multiplyExact(capacity, nanosPerToken);
		this.creditNanos = this.capacityNanos;
		this.updatedAt = now;
	}

	synchronized Consumption tryConsume(long now) {
		refill(now);
		if (this.creditNanos >= this.nanosPerToken) {
			this.creditNanos -= this.nanosPerToken;
			return new Consumption(true, this.creditNanos / this.nanosPerToken, 0);
		}
		return new Consumption(false, 0, this.nanosPerToken - this.creditNanos);
	}

	synchronized boolean isFull(long now) {
		refill(now);
		return this.creditNanos >= this.capacityNanos;
	}

	private void refill(long now) {
		long elapsed = now - this.updatedAt;
		if (elapsed > 0) {
			this.creditNanos = (elapsed >= this.capacityNanos) ? this.capacityNanos
					: Math.min(this.capacityNanos, this.creditNanos + elapsed);
			this.updatedAt = now;
		}
	}

}
