package nl.secondopinion.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * Rate limiter for the gateway's {@code RequestRateLimiter} filter without Redis. State
 * lives in this process: with several gateway replicas each one allows the configured
 * rate, which is acceptable for abuse protection (not for billing). The limit is per
 * client across all routes, so the route id is ignored and per-route settings are not
 * offered.
 */
public class InMemoryRateLimiter implements RateLimiter<RateLimitProperties> {

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private static final Logger log = LoggerFactory.getLogger(InMemoryRateLimiter.class);

	private final RateLimitProperties properties;

	private final LongSupplier nanoClock;

	private final long nanosPerToken;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	public InMemoryRateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
		this.properties = properties;
		this.nanoClock = nanoClock;
		this.nanosPerToken = Math.max(1, properties.replenishPeriod().toNanos() / properties.replenishRate());
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		return Mono.fromSupplier(() -> consume(routeId, id));
	}

	private Response consume(String routeId, String id) {
		long now = this.nanoClock.getAsLong();
		evictIdleBucketsIfCrowded(now);
		TokenBucket.Consumption consumption = this.buckets
			.computeIfAbsent(id, (key) -> new TokenBucket(this.properties.burstCapacity(), this.nanosPerToken, now))
			.tryConsume(now);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(REMAINING_HEADER, Long.toString(consumption.remaining()));
		if (!consumption.allowed()) {
			headers.put(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(consumption)));
			log.info("Rate limit reached on route {}", routeId);
		}
		return new Response(consumption.allowed(), headers);
	}

	private static long retryAfterSeconds(TokenBucket.Consumption consumption) {
		long seconds = TimeUnit.NANOSECONDS.toSeconds(consumption.nanosUntilNextToken() + 999_999_999L);
		return Math.max(1, seconds);
	}

	// A full bucket behaves exactly like a missing one, so dropping it loses nothing.
	private void evictIdleBucketsIfCrowded(long now) {
		if (this.buckets.size() >= this.properties.maxTrackedClients()) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
	}

	int trackedClients() {
		return this.buckets.size();
	}

	@Override
	public Map<String, RateLimitProperties> getConfig() {
		return Map.of();
	}

	@Override
	public Class<RateLimitProperties> getConfigClass() {
		return RateLimitProperties.class;
	}

	@Override
	public RateLimitProperties newConfig() {
		return this.properties;
	}

}
