package nl.secondopinion.referral.consultant;

import org.jspecify.annotations.Nullable;

/**
 * A limit of the consultant's site, e.g. no surgery for MRSA carriers. It becomes a
 * warning on an appointment when {@code appliesWhen} is empty (always) or names a
 * clinical fact the request has.
 *
 * @param code stable code, e.g. {@code MRSA_NO_SURGERY}
 * @param nl text for Dutch readers
 * @param en text for English readers
 * @param appliesWhen the fact that triggers the limit, or {@code null} for every patient
 */
public record IntakeLimit(String code, String nl, String en, @Nullable ClinicalTrigger appliesWhen) {

}
