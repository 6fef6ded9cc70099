package nl.secondopinion.e2e;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What a user finds about one case in their in-app inbox (through the gateway) and in
 * their mailbox (GreenMail's HTTP API). Notifications arrive asynchronously, so callers
 * wait with {@link #eventually}.
 */
final class Inbox {

	static final String NOTIFICATIONS = Stack.GATEWAY + "/api/notifications";

	static final Duration WAIT = Duration.ofSeconds(45);

	private Inbox() {
	}

	static List<JsonNode> entriesOf(String username, String requestId) {
		HttpResponse<String> response = Http.get(NOTIFICATIONS + "?size=200", Keycloak.userToken(username));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		for (JsonNode entry : Http.json(response)) {
			if (requestId.equals(entry.path("requestId").asString(""))) {
				entries.add(entry);
			}
		}
		return entries;
	}

	/**
	 * Subject and raw MIME text of the mails GreenMail holds for the address that link to
	 * the case.
	 */
	static List<String> mailsOf(String address, String requestId) {
		HttpResponse<String> response = Http.send(Http.request(
				Stack.MAIL_API + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")
			.GET());
		if (response.statusCode() == 400 || response.statusCode() == 404) {
			return List.of();
		}
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> mails = new ArrayList<>();
		for (JsonNode message : Http.json(response)) {
			// Undo quoted-printable soft line breaks so that the link reads as one
			// string.
			String mime = message.path("mimeMessage").asString("").replace("=\r\n", "").replace("=\n", "");
			if (mime.contains("/requests/" + requestId)) {
				mails.add(message.path("subject").asString("") + "\n" + mime);
			}
		}
		return mails;
	}

	/**
	 * The probe's first non-null answer within {@link #WAIT}; fails naming what was
	 * awaited.
	 */
	static <T> T eventually(String what, Supplier<T> probe) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			sleep(Duration.ofMillis(500));
		}
		return fail("Not within " + WAIT + ": " + what);
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
