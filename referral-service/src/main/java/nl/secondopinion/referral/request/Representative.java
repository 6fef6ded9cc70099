package nl.secondopinion.referral.request;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A relative acting for the patient, and whether the patient has confirmed that. */
public record Representative(String id, String username, boolean consentGiven, @Nullable Instant consentChangedAt) {

}
