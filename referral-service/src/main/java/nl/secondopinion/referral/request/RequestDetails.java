package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

/**
 * What the patient (or their representative) fills in. A draft may still lack the
 * treating doctor, insurer and facts; submitting needs them.
 *
 * @param informTreatingDoctor the patient's choice to involve the treating doctor:
 * advised and expected where reasonably possible (seeds 003, 004), so on by default
 */
public record RequestDetails(Question question, Reason reason, String specialty,
		@Nullable TreatingDoctor treatingDoctor, @Nullable GeneralPractitioner generalPractitioner,
		@Nullable InsurerReference insurer, @Nullable ClinicalFacts facts, boolean informTreatingDoctor) {

	/** Details with the advised default: the treating doctor is informed. */
	public RequestDetails(Question question, Reason reason, String specialty, @Nullable TreatingDoctor treatingDoctor,
			@Nullable GeneralPractitioner generalPractitioner, @Nullable InsurerReference insurer,
			@Nullable ClinicalFacts facts) {
		this(question, reason, specialty, treatingDoctor, generalPractitioner, insurer, facts, true);
	}

}
