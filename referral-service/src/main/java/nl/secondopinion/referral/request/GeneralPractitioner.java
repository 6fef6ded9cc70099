package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

/** The patient's GP, who can refer for a second opinion on any treating doctor. */
public record GeneralPractitioner(String name, @Nullable String practice, @Nullable String agb) {

}
