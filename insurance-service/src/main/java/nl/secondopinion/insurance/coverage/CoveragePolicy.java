package nl.secondopinion.insurance.coverage;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's coverage settings.
 *
 * @param deductible the compulsory own-risk amount (verplicht eigen risico) of this year
 * @param recheckFirstDelay how long a pending check waits for its first re-check
 * @param recheckMaxDelay the longest wait between re-checks (the delay doubles up to it)
 */
@Validated
@ConfigurationProperties("secondopinion.insurance.coverage")
public record CoveragePolicy(@NotNull BigDecimal deductible, @NotNull Duration recheckFirstDelay,
		@NotNull Duration recheckMaxDelay) {

}
