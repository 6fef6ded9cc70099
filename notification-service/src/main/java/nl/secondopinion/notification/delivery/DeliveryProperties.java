package nl.secondopinion.notification.delivery;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries are worked off.
 *
 * @param enabled whether this instance runs workers at all
 * @param workers threads that dispatch events and send messages
 * @param pollInterval how long an idle worker waits before looking for due work (new
 * events wake the workers at once)
 * @param claimLease how long a claimed delivery or event is reserved for its worker
 * before another may take it (nothing has been sent while claimed)
 * @param sendLease how long a send may take before the delivery counts as in doubt; above
 * the SMTP and SMS timeouts
 * @param maxAttempts attempts before a delivery becomes a dead letter
 * @param initialBackoff wait after the first failed attempt, doubled after each next one
 * @param maxBackoff upper bound of the wait
 */
@Validated
@ConfigurationProperties("secondopinion.notification.delivery")
public record DeliveryProperties(boolean enabled, @Min(1) int workers, @NotNull Duration pollInterval,
		@NotNull Duration claimLease, @NotNull Duration sendLease, @Min(1) int maxAttempts,
		@NotNull Duration initialBackoff, @NotNull Duration maxBackoff) {

	/**
	 * The wait after the given number of failed attempts: initial × 2^(attempts−1),
	 * capped.
	 */
	public Duration backoff(int failedAttempts) {
		int exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
		Duration wait = this.initialBackoff.multipliedBy(1L << exponent);
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
