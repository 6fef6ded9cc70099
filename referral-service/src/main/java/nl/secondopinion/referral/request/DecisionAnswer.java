package nl.secondopinion.referral.request;

import java.time.Instant;

/**
 * The patient's own answer to one decision question.
 *
 * @param sharedWithDoctor the patient lets their own doctors (treating doctor, referrer,
 * named GP) read this answer
 */
public record DecisionAnswer(DecisionQuestion question, String answer, Instant answeredAt, boolean sharedWithDoctor) {

}
