package nl.secondopinion.dossier.document;

/**
 * The content does not fit what was declared or what the platform accepts; the detail
 * says what to deliver instead. Answers 422.
 */
public class ContentRefusedException extends RuntimeException {

	private final String slug;

	private final String detail;

	public ContentRefusedException(String slug, String detail) {
		super(slug, null, false, false);
		this.slug = slug;
		this.detail = detail;
	}

	public String slug() {
		return this.slug;
	}

	public String detail() {
		return this.detail;
	}

}
