package nl.secondopinion.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	// Bursts of 3, then one request every 10 seconds.
	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(
			new RateLimitProperties(3, 1, Duration.ofSeconds(10), 100), this.clock::get);

	@Test
	void whenBurstIsUsedUp_thenNextRequestIsRefusedWithRetryAfter() {
		assertThat(request("user:anna").isAllowed()).isTrue();
		assertThat(request("user:anna").isAllowed()).isTrue();
		Response last = request("user:anna");
		assertThat(last.isAllowed()).isTrue();
		assertThat(last.getHeaders()).containsEntry("X-RateLimit-Remaining", "0");

		Response refused = request("user:anna");

		assertThat(refused.isAllowed()).isFalse();
		assertThat(refused.getHeaders()).containsEntry(HttpHeaders.RETRY_AFTER, "10");
	}

	@Test
	void whenTimePasses_thenTokensReturnAtTheConfiguredRate() {
		exhaust("user:anna");
		advance(Duration.ofSeconds(4));
		Response early = request("user:anna");
		assertThat(early.isAllowed()).isFalse();
		assertThat(early.getHeaders()).containsEntry(HttpHeaders.RETRY_AFTER, "6");

		advance(Duration.ofSeconds(6));

		assertThat(request("user:anna").isAllowed()).isTrue();
		assertThat(request("user:anna").isAllowed()).isFalse();
	}

	@Test
	void whenIdleLongEnough_thenBucketRefillsOnlyUpToBurst() {
		exhaust("user:anna");
		advance(Duration.ofHours(1));
		assertThat(request("user:anna").getHeaders()).containsEntry("X-RateLimit-Remaining", "2");
	}

	@Test
	void whenOneClientIsLimited_thenOthersAreNot() {
		exhaust("user:anna");
		assertThat(request("user:bram").isAllowed()).isTrue();
		assertThat(request("address:10.0.0.7").isAllowed()).isTrue();
	}

	@Test
	void whenManyClientsAreTracked_thenIdleBucketsAreDropped() {
		InMemoryRateLimiter small = new InMemoryRateLimiter(new RateLimitProperties(3, 1, Duration.ofSeconds(10), 2),
				this.clock::get);
		small.isAllowed("route", "user:anna").block();
		small.isAllowed("route", "user:bram").block();
		advance(Duration.ofMinutes(1));

		small.isAllowed("route", "user:carla").block();

		assertThat(small.trackedClients()).isEqualTo(1);
	}

	@Test
	void whenSameClientUsesDifferentRoutes_thenOneBudgetIsShared() {
		assertThat(this.limiter.isAllowed("referral-service", "user:anna").block().isAllowed()).isTrue();
		assertThat(this.limiter.isAllowed("dossier-service", "user:anna").block().isAllowed()).isTrue();
		assertThat(this.limiter.isAllowed("insurance-service", "user:anna").block().isAllowed()).isTrue();
		assertThat(this.limiter.isAllowed("notification-service", "user:anna").block().isAllowed()).isFalse();
	}

	private void exhaust(String client) {
		while (request(client).isAllowed()) {
			// keep taking tokens
		}
	}

	private Response request(String client) {
		return this.limiter.isAllowed("referral-service", client).block();
	}

	private void advance(Duration duration) {
		this.clock.addAndGet(TimeUnit.NANOSECONDS.convert(duration));
	}

}
