package nl.secondopinion.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * One token bucket per user (token subject), or per client address for anonymous calls.
 * Each request takes a token; {@code replenishRate} tokens come back every
 * {@code replenishPeriod}, up to {@code burstCapacity}.
 *
 * @param burstCapacity requests a client may send at once after a quiet spell
 * @param replenishRate tokens added per period
 * @param replenishPeriod the period over which {@code replenishRate} tokens return
 * @param maxTrackedClients bucket count above which idle (full) buckets are dropped
 */
@Validated
@ConfigurationProperties("secondopinion.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("40") @Positive int burstCapacity,
		@DefaultValue("20") @Positive int replenishRate,
		@DefaultValue("1s") @DurationMin(millis = 1) Duration replenishPeriod,
		@DefaultValue("100000") @Positive int maxTrackedClients) {
}
