package nl.secondopinion.insurance.client.insurer;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An eligibility service's answer, as far as we read it. Nullable fields so that a
 * missing one is caught by our validation, not hidden in the decoder.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EligibilityAnswer(@Nullable Boolean insured, @Nullable String bsn, @Nullable LocalDate referenceDate,
		@Nullable String insurerUzovi, @Nullable String insurerName, @Nullable Boolean basicInsurance,
		@Nullable String supplementaryPackage, @Nullable Boolean treatyArrangement) {

	@Override
	public String toString() {
		return "EligibilityAnswer[insured=" + this.insured + ", insurerUzovi=" + this.insurerUzovi + "]";
	}

}
