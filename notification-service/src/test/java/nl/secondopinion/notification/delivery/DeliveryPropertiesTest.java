package nl.secondopinion.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPropertiesTest {

	private final DeliveryProperties properties = new DeliveryProperties(true, 4, Duration.ofSeconds(1),
			Duration.ofSeconds(30), Duration.ofSeconds(60), 8, Duration.ofSeconds(5), Duration.ofMinutes(1));

	@Test
	void theWaitDoublesAfterEachFailedAttempt() {
		assertThat(this.properties.backoff(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(this.properties.backoff(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.properties.backoff(3)).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.properties.backoff(4)).isEqualTo(Duration.ofSeconds(40));
	}

	@Test
	void theWaitIsCappedAndNeverOverflows() {
		assertThat(this.properties.backoff(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.properties.backoff(1000)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void derivedIdsAreStableAndDistinct() {
		assertThat(Ids.of("e1", "u1", "EMAIL")).isEqualTo(Ids.of("e1", "u1", "EMAIL"))
			.isNotEqualTo(Ids.of("e1", "u1", "SMS"))
			.isNotEqualTo(Ids.of("e1u1", "", "EMAIL"));
	}

}
