package nl.secondopinion.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids derived from what they stand for, so that writing twice finds the first write. */
final class Ids {

	private Ids() {
	}

	static String of(String... parts) {
		return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
