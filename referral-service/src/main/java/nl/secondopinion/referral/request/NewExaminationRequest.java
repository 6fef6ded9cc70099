package nl.secondopinion.referral.request;

import java.time.Instant;

/**
 * The patient asks for a new examination because they think the first one was not done
 * well (seed 002); the consultant weighs it.
 *
 * @param reason in the patient's words (medical text: never in events)
 */
public record NewExaminationRequest(String reason, UserReference by, Instant at) {

}
