package nl.secondopinion.dossier.client.referral;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What referral-service answers on {@code /internal/requests/{id}/context}, as far as
 * this service reads it. Every field is nullable: a missing one is reported by the
 * mapping, not lost inside the decoder.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RequestContextAnswer(@Nullable String requestId, @Nullable String status, @Nullable Person patient,
		@Nullable List<Representative> representatives, @Nullable Doctor treatingDoctor,
		@Nullable GeneralPractitioner generalPractitioner, @Nullable Referral referral, @Nullable Boolean selfReferred,
		@Nullable Consultant assignedConsultant, @Nullable Boolean withConsultant, @Nullable Insurer insurer,
		@Nullable Facts facts, @Nullable Instant closedAt, @Nullable Boolean informTreatingDoctor) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Person(@Nullable String id, @Nullable String username, @Nullable String locale) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Representative(@Nullable String id, @Nullable String username, @Nullable Boolean consentGiven) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Doctor(@Nullable String userId, @Nullable String name, @Nullable String level, @Nullable String institution,
			@Nullable String practice, @Nullable String agb) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record GeneralPractitioner(@Nullable String userId, @Nullable String name, @Nullable String agb,
			@Nullable String practice) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Referral(@Nullable String status, @Nullable String referrerId, @Nullable String referrerRole) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Consultant(@Nullable String consultantId, @Nullable String userId, @Nullable String institution) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Insurer(@Nullable String uzovi) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Facts(@Nullable Boolean treatedAbroad, @Nullable Boolean imagingDone, @Nullable Boolean pathologyDone,
			@Nullable Boolean operated) {

	}

}
