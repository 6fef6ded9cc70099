package nl.secondopinion.insurance.client.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * referral-service's request context, as far as this service reads it. Every field is
 * nullable, so that a missing one is reported by the mapping instead of failing in the
 * decoder.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RequestContextAnswer(@Nullable String requestId, @Nullable String status, @Nullable String specialty,
		@Nullable Person patient, @Nullable List<Representative> representatives, @Nullable Referral referral,
		@Nullable Insurer insurer, @Nullable Facts facts, @Nullable TreatingDoctor treatingDoctor,
		@Nullable AssignedConsultant assignedConsultant, @Nullable Instant submittedAt, @Nullable Instant closedAt) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Person(@Nullable String id) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Representative(@Nullable String id, @Nullable Boolean consentGiven) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Referral(@Nullable String status, @Nullable String referrerRole, @Nullable Instant issuedAt,
			@Nullable LocalDate validUntil) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Insurer(@Nullable String uzovi, @Nullable String policyNumber, @Nullable String supplementaryPackage) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Facts(@Nullable Boolean insuredAbroad) {

	}

	/** Only the level: who the doctor is does not matter for coverage. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TreatingDoctor(@Nullable String level) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record AssignedConsultant(@Nullable String consultantId) {

	}

}
