package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

/**
 * The patient the request is about. A representative knows the patient by user name only
 * (their {@code represents} claim); the id is bound when the patient confirms.
 */
public record PatientReference(@Nullable String id, String username, @Nullable String locale) {

}
