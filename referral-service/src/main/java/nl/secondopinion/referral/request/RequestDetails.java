package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

/**
 * What the patient (or their representative) fills in. A draft may still lack the
 * treating doctor, insurer and facts; submitting needs them.
 */
public record RequestDetails(Question question, Reason reason, String specialty,
		@Nullable TreatingDoctor treatingDoctor, @Nullable GeneralPractitioner generalPractitioner,
		@Nullable InsurerReference insurer, @Nullable ClinicalFacts facts) {

}
