package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The latest referral decision of a GP or treating specialist.
 *
 * @param question the question as the referrer formulates it (issued referrals only)
 * @param refusalReason the substantiated reason (refusals only); shown to the patient
 * @param validUntil last day the referral is valid (issued referrals only)
 */
public record Referral(ReferralStatus status, UserReference by, String byRole, @Nullable String question,
		@Nullable String refusalReason, Instant decidedAt, @Nullable LocalDate validUntil) {

	/** A referral is valid for 12 months. */
	public static final int VALID_MONTHS = 12;

	public boolean isValidOn(LocalDate day) {
		return this.status == ReferralStatus.PRESENT && this.validUntil != null && !day.isAfter(this.validUntil);
	}

}
