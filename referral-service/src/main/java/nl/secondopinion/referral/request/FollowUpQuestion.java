package nl.secondopinion.referral.request;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A question the patient asks the consultant about the report, and the answer. */
public record FollowUpQuestion(String id, String question, UserReference askedBy, Instant askedAt,
		@Nullable String answer, @Nullable UserReference answeredBy, @Nullable Instant answeredAt) {

	FollowUpQuestion answered(String text, UserReference by, Instant at) {
		return new FollowUpQuestion(this.id, this.question, this.askedBy, this.askedAt, text, by, at);
	}

}
