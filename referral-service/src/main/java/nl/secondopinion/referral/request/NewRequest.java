package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

/** What a patient fills in to start a draft. */
public record NewRequest(Question question, Reason reason, String specialty, @Nullable InsurerReference insurer) {

}
