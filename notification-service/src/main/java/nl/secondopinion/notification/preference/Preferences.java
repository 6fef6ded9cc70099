package nl.secondopinion.notification.preference;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.notification.event.EventType;

/**
 * A user's choices: the channels per kind of message and the language. Without a stored
 * choice a kind goes to the inbox and by e-mail, and the language is Keycloak's
 * {@code locale}.
 */
@Document("preferences")
public record Preferences(@Id String userId, @Nullable String language, Map<EventType, Set<Channel>> channels,
		@Nullable Instant updatedAt) {

	private static final Set<Channel> DEFAULT_CHANNELS = Set.of(Channel.INBOX, Channel.EMAIL);

	public static Preferences defaults(String userId) {
		return new Preferences(userId, null, Map.of(), null);
	}

	/** Every kind with its channels; the inbox is always among them. */
	public Map<EventType, Set<Channel>> effectiveChannels() {
		Map<EventType, Set<Channel>> all = new EnumMap<>(EventType.class);
		for (EventType type : EventType.values()) {
			all.put(type, channelsFor(type));
		}
		return all;
	}

	public Set<Channel> channelsFor(EventType type) {
		Set<Channel> chosen = this.channels.get(type);
		Set<Channel> effective = EnumSet.of(Channel.INBOX);
		effective.addAll((chosen != null) ? chosen : DEFAULT_CHANNELS);
		return effective;
	}

}
