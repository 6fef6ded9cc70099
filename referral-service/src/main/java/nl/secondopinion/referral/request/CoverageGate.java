package nl.secondopinion.referral.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The coverage part of the appointment gate: an appointment follows a decision that the
 * insurer covers the second opinion, or the patient's recorded choice (self-pay, or the
 * care-cost team contacted) when it is not covered, uncertain, pending or not checked. If
 * the insurer does not accept the costs the patient pays (seed 003), so nobody books an
 * appointment behind the patient's back.
 */
public final class CoverageGate {

	private static final Set<String> COVERED = Set.of("COVERED_BASIC", "COVERED_SUPPLEMENTARY");

	private CoverageGate() {
	}

	public static boolean isCovered(@Nullable String decision) {
		return decision != null && COVERED.contains(decision);
	}

	/** Whether the patient's choice is needed, given the latest decision. */
	public static boolean needsChoice(Optional<CoverageDecisions.Decision> latest) {
		return latest.map((decision) -> !isCovered(decision.decision())).orElse(true);
	}

	public static void check(Optional<CoverageDecisions.Decision> latest, @Nullable CoverageChoice choice) {
		if (!needsChoice(latest) || choice != null) {
			return;
		}
		String decision = latest.map(CoverageDecisions.Decision::decision).orElse("NONE");
		throw new AppointmentRefusedException("coverage-choice-needed",
				"The insurer does not cover this second opinion (" + decision + "). The patient must first record "
						+ "a choice: to pay themselves, or that they contacted the site's care-cost team.",
				Map.of("coverage", List.of(decision)));
	}

}
