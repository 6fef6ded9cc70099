package nl.secondopinion.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter (plain text, dated today in Dutch time) uploaded to a request's dossier
 * through the gateway as a multipart form, the way a patient or doctor hands one in.
 */
final class Letters {

	private Letters() {
	}

	/**
	 * @param checklistItem the additional checklist item the letter answers, or
	 * {@code null}
	 */
	static void upload(String username, String requestId, String type, @Nullable String checklistItem, String text) {
		String boundary = "----letter" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		field(body, boundary, "type", type);
		field(body, boundary, "language", "nl");
		field(body, boundary, "documentDate", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
		if (checklistItem != null) {
			field(body, boundary, "checklistItem", checklistItem);
		}
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(type.toLowerCase())
			.append(".txt\"\r\nContent-Type: text/plain\r\n\r\n")
			.append(text)
			.append("\r\n--")
			.append(boundary)
			.append("--\r\n");
		HttpResponse<String> uploaded = Http
			.send(Http.request(Stack.GATEWAY + "/api/dossiers/" + requestId + "/documents")
				.header("Authorization", "Bearer " + Keycloak.userToken(username))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
		assertThat(uploaded.statusCode()).as("%s uploads %s: %s", username, type, uploaded.body()).isEqualTo(201);
	}

	private static void field(StringBuilder body, String boundary, String name, String value) {
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n");
	}

}
