package nl.secondopinion.notification.preference.web;

import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.preference.Channel;

/**
 * A user's preferences as the API shows and takes them. {@code language} null means:
 * follow the account's locale.
 */
record PreferenceBody(@Nullable @Pattern(regexp = "nl|en") String language,
		@Nullable Map<EventType, Set<Channel>> channels) {

}
