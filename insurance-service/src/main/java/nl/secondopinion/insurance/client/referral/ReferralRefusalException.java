package nl.secondopinion.insurance.client.referral;

import org.jspecify.annotations.Nullable;

/**
 * referral-service refused a change with 409 or 422 and said why in its problem answer. A
 * refusal, not an outage: the breaker ignores it (it is a
 * {@link ReferralRejectedCallException}).
 */
class ReferralRefusalException extends ReferralRejectedCallException {

	private final String slug;

	private final @Nullable String detail;

	ReferralRefusalException(int status, String slug, @Nullable String detail) {
		super(status);
		this.slug = slug;
		this.detail = detail;
	}

	/** The last segment of the problem's {@code type}, e.g. {@code not-independent}. */
	String slug() {
		return this.slug;
	}

	/** The problem's {@code detail}: a human sentence fit for a desk user. */
	@Nullable String detail() {
		return this.detail;
	}

}
