package nl.secondopinion.referral.request;

import java.time.Instant;

/** The patient's own answer to one decision question. */
public record DecisionAnswer(DecisionQuestion question, String answer, Instant answeredAt) {

}
