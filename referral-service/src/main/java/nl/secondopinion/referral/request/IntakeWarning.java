package nl.secondopinion.referral.request;

/** A site intake limit that applies to this patient, shown on the appointment. */
public record IntakeWarning(String code, String nl, String en) {

}
