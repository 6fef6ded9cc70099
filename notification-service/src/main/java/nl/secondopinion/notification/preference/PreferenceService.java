package nl.secondopinion.notification.preference;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.template.Language;

@Service
public class PreferenceService {

	private final MongoTemplate mongo;

	private final Clock clock;

	PreferenceService(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Preferences of(String userId) {
		Preferences stored = this.mongo.findById(userId, Preferences.class);
		return (stored != null) ? stored : Preferences.defaults(userId);
	}

	/** The language the user chose, else the account's locale (from Keycloak). */
	public Language language(String userId, @Nullable String accountLocale) {
		String chosen = of(userId).language();
		return Language.of((chosen != null) ? chosen : accountLocale);
	}

	/**
	 * Replaces the language and the channels of the kinds named; kinds not named keep
	 * their channels. One document per user, written whole: the last write wins.
	 */
	public Preferences update(String userId, @Nullable String language, Map<EventType, Set<Channel>> channels) {
		Preferences current = of(userId);
		Map<EventType, Set<Channel>> merged = new EnumMap<>(EventType.class);
		merged.putAll(current.channels());
		channels.forEach((type, chosen) -> {
			if (chosen == null) {
				return;
			}
			Set<Channel> set = EnumSet.of(Channel.INBOX);
			set.addAll(chosen);
			merged.put(type, set);
		});
		Preferences updated = new Preferences(userId, language, merged, this.clock.instant());
		this.mongo.save(updated);
		return updated;
	}

}
