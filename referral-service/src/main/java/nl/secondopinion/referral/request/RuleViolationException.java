package nl.secondopinion.referral.request;

import java.util.List;
import java.util.Map;

/**
 * A journey rule the step breaks, as the domain states it: a stable slug (the problem
 * type), a title and a human detail that never echoes medical text. The web layer maps
 * every such refusal one way (422).
 */
public class RuleViolationException extends RuntimeException {

	private final String slug;

	private final String title;

	private final String detail;

	private final Map<String, List<?>> details;

	public RuleViolationException(String slug, String title, String detail) {
		this(slug, title, detail, Map.of());
	}

	public RuleViolationException(String slug, String title, String detail, Map<String, List<?>> details) {
		super(slug, null, false, false);
		this.slug = slug;
		this.title = title;
		this.detail = detail;
		this.details = Map.copyOf(details);
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		return this.detail;
	}

	public Map<String, List<?>> details() {
		return this.details;
	}

}
