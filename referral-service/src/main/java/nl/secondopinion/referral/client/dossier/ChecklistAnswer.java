package nl.secondopinion.referral.client.dossier;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What dossier-service answers on the checklist, as far as this service reads it; every
 * field nullable so that a missing one is reported by the mapping, not swallowed by the
 * decoder.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChecklistAnswer(@Nullable String requestId, @Nullable Boolean complete, @Nullable List<Item> missing) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Item(@Nullable String item, @Nullable String nl, @Nullable String en, @Nullable String holder,
			@Nullable LocalDate dueDate) {

	}

}
