package nl.secondopinion.insurance.client.referral;

import java.io.IOException;
import java.io.InputStream;

import feign.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code type} slug and {@code detail} of a problem answer from referral-service.
 * Reads at most a few kilobytes; a detail is kept only when it is plain text of sensible
 * length, because it is passed on to a desk user.
 */
record ReferralProblem(String slug, @Nullable String detail) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int MAX_BODY = 8192;

	private static final int MAX_DETAIL = 500;

	static ReferralProblem read(Response response) {
		if (response.body() == null) {
			return new ReferralProblem("unknown", null);
		}
		try (InputStream in = response.body().asInputStream()) {
			JsonNode problem = MAPPER.readTree(in.readNBytes(MAX_BODY));
			return new ReferralProblem(slug(problem.path("type").asString("")), detail(problem.path("detail")));
		}
		catch (IOException | JacksonException ex) {
			return new ReferralProblem("unknown", null);
		}
	}

	private static String slug(String type) {
		String slug = type.substring(type.lastIndexOf('/') + 1).strip();
		return slug.matches("[a-z0-9-]{1,64}") ? slug : "unknown";
	}

	private static @Nullable String detail(JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		String detail = node.asString().strip();
		if (detail.isEmpty() || detail.length() > MAX_DETAIL || detail.chars().anyMatch(Character::isISOControl)) {
			return null;
		}
		return detail;
	}

}
