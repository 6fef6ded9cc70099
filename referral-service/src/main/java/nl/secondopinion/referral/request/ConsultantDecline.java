package nl.secondopinion.referral.request;

import java.time.Instant;

/**
 * A consultant who declined the case; they are not offered again for this request.
 *
 * @param reason shown to the patient; never in events
 */
public record ConsultantDecline(String consultantId, String reason, UserReference by, Instant at) {

}
