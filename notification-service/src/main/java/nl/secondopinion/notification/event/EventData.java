package nl.secondopinion.notification.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps only what an event's {@code data} may hold: codes, dates, ids, decisions, numbers
 * and booleans. A value with spaces or of more than 64 characters could be free text (a
 * question, a diagnosis, a document name) and is never stored.
 */
public final class EventData {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_:.+\\-]{1,64}");

	private static final int MAX_KEYS = 20;

	private EventData() {
	}

	public static Map<String, Object> sanitize(@Nullable Map<String, ?> data, List<String> dropped) {
		Map<String, Object> kept = new LinkedHashMap<>();
		if (data == null) {
			return kept;
		}
		for (Map.Entry<String, ?> entry : data.entrySet()) {
			Object value = clean(entry.getValue());
			if (value != null && CODE.matcher(entry.getKey()).matches() && kept.size() < MAX_KEYS) {
				kept.put(entry.getKey(), value);
			}
			else {
				dropped.add(entry.getKey());
			}
		}
		return kept;
	}

	private static @Nullable Object clean(@Nullable Object value) {
		if (value instanceof Boolean || value instanceof Number) {
			return value;
		}
		if (value instanceof String text) {
			return CODE.matcher(text).matches() ? text : null;
		}
		if (value instanceof List<?> list && list.size() <= 50) {
			List<Object> kept = new ArrayList<>();
			for (Object item : list) {
				Object cleaned = (item instanceof List<?>) ? null : clean(item);
				if (cleaned == null) {
					return null;
				}
				kept.add(cleaned);
			}
			return kept;
		}
		return null;
	}

}
