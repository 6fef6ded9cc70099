package nl.secondopinion.support.feign;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem answer (RFC 9457) a downstream service gave with a refusal, as far as it
 * could be read. Each member is cut to a bounded length without control characters, so it
 * can be stored and shown to an admin; the rest of the body is never kept.
 */
public record ReceivedProblem(@Nullable String type, @Nullable String title, @Nullable String detail) {

	/** Larger bodies are not read at all: a problem answer is a few hundred bytes. */
	public static final int MAX_BODY = 8192;

	static final int MAX_TYPE = 200;

	static final int MAX_TITLE = 200;

	static final int MAX_DETAIL = 500;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	public ReceivedProblem {
		type = bounded(type, MAX_TYPE);
		title = bounded(title, MAX_TITLE);
		detail = bounded(detail, MAX_DETAIL);
	}

	/**
	 * @return the problem, or {@code null} when the body is not a JSON object with a
	 * {@code type}, {@code title} or {@code detail}
	 */
	public static @Nullable ReceivedProblem parse(byte[] body) {
		if (body.length == 0 || body.length > MAX_BODY) {
			return null;
		}
		try {
			JsonNode problem = MAPPER.readTree(body);
			if (problem == null || !problem.isObject()) {
				return null;
			}
			ReceivedProblem read = new ReceivedProblem(text(problem, "type"), text(problem, "title"),
					text(problem, "detail"));
			return (read.type() != null || read.title() != null || read.detail() != null) ? read : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(JsonNode problem, String member) {
		JsonNode value = problem.path(member);
		return value.isString() ? value.asString() : null;
	}

	private static @Nullable String bounded(@Nullable String value, int max) {
		if (value == null) {
			return null;
		}
		String plain = value.codePoints()
			.map((c) -> Character.isISOControl(c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (plain.isEmpty()) {
			return null;
		}
		return (plain.length() <= max) ? plain : plain.substring(0, max - 1) + "…";
	}

}
