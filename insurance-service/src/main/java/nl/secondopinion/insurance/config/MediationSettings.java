package nl.secondopinion.insurance.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param targetWorkingDays the turnaround target from request to first proposal
 * @param holidays public holidays that are no working days
 */
@Validated
@ConfigurationProperties("secondopinion.insurance.mediation")
record MediationSettings(@Min(1) int targetWorkingDays, List<LocalDate> holidays) {

	MediationSettings {
		holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
	}

	Set<LocalDate> holidaySet() {
		return Set.copyOf(this.holidays);
	}

}
