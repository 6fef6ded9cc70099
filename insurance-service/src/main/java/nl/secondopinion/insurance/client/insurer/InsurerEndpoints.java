package nl.secondopinion.insurance.client.insurer;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * One eligibility endpoint per insurer: where it is, how we authenticate, and how long we
 * wait. Time limiter, retry, circuit breaker and bulkhead of every insurer come from
 * {@code resilience4j.*.configs.insurer}; an instance {@code insurer-<uzovi>} with that
 * base config may override single values for one insurer.
 */
@Validated
@ConfigurationProperties("secondopinion.insurance.eligibility")
public record InsurerEndpoints(List<@Valid Endpoint> endpoints) {

	public InsurerEndpoints {
		endpoints = (endpoints != null) ? List.copyOf(endpoints) : List.of();
	}

	/**
	 * @param username basic-auth user, if the insurer wants one (from the environment)
	 * @param password basic-auth password (from the environment)
	 * @param readTimeout a backstop above the time limiter's timeout, which ends a slow
	 * call first
	 */
	public record Endpoint(@NotNull @Pattern(regexp = "\\d{4}") String uzovi, @NotNull URI url,
			@Nullable String username, @Nullable String password, @NotNull Duration connectTimeout,
			@NotNull Duration readTimeout) {

		@Override
		public String toString() {
			return "Endpoint[uzovi=" + this.uzovi + ", url=" + this.url + "]";
		}

	}

}
