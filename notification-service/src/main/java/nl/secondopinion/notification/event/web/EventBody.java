package nl.secondopinion.notification.event.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.event.RecipientGroup;

/**
 * The body of {@code POST /internal/events} as the contract between the services sets it.
 */
record EventBody(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.:\\-]{1,100}") String eventId, @NotNull EventType type,
		@Nullable Instant occurredAt, @Nullable @Size(max = 100) String source,
		@Nullable @Pattern(regexp = "[A-Za-z0-9_.:\\-]{1,100}") String requestId,
		@Nullable @Size(max = 50) List<@Valid @NotNull RecipientBody> recipients,
		@Nullable @Size(max = 10) List<@Valid @NotNull GroupBody> recipientGroups, @Nullable Map<String, Object> data) {

	record RecipientBody(@NotBlank @Size(max = 100) String userId, @Nullable @Size(max = 50) String role) {

	}

	/**
	 * A user name as Keycloak allows it: 1–255 characters, none of Keycloak's prohibited
	 * username characters, no whitespace or control characters.
	 */
	static final String USERNAME = "[^<>&\"'\\s\\p{Z}$%!#?§,;:*~/\\\\|^=\\[\\]{}()`\\p{Cntrl}]{1,255}";

	/** An AGB code (Dutch healthcare provider register): eight digits. */
	static final String AGB = "[0-9]{8}";

	record GroupBody(@NotNull RecipientGroup.Kind kind, @Nullable @Size(max = 200) String institution,
			@Nullable @Pattern(regexp = "[0-9]{4}") String uzovi, @Nullable @Pattern(regexp = USERNAME) String username,
			@Nullable @Pattern(regexp = AGB) String agb) {

	}

}
