package nl.secondopinion.referral.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.Consultant;

/**
 * Whether a consultant may give the second opinion on a treating doctor: a comparable
 * provider (same level, same specialty) in no way connected to them (not the same person,
 * institution or practice group).
 */
public final class IndependenceCheck {

	/** The rules, in the order they are checked. */
	public enum Rule {

		SAME_PERSON, SAME_INSTITUTION, SAME_PRACTICE_GROUP, DIFFERENT_LEVEL, DIFFERENT_SPECIALTY

	}

	private IndependenceCheck() {
	}

	/**
	 * Every rule the pair breaks, in rule order; empty when the consultant is
	 * independent.
	 */
	public static List<Rule> violations(TreatingDoctor doctor, Consultant consultant) {
		List<Rule> broken = new ArrayList<>();
		if (doctor.userId() != null && doctor.userId().equals(consultant.userId())) {
			broken.add(Rule.SAME_PERSON);
		}
		if (same(doctor.institution(), consultant.institution())) {
			broken.add(Rule.SAME_INSTITUTION);
		}
		if (same(doctor.practice(), consultant.practice())) {
			broken.add(Rule.SAME_PRACTICE_GROUP);
		}
		if (doctor.level() != consultant.level()) {
			broken.add(Rule.DIFFERENT_LEVEL);
		}
		if (!same(doctor.specialty(), consultant.specialty())) {
			broken.add(Rule.DIFFERENT_SPECIALTY);
		}
		return List.copyOf(broken);
	}

	// Names are compared without case and surrounding blanks; an unknown value matches
	// nothing.
	private static boolean same(@Nullable String one, @Nullable String other) {
		if (one == null || other == null || one.isBlank() || other.isBlank()) {
			return false;
		}
		return normalize(one).equals(normalize(other));
	}

	private static String normalize(String value) {
		return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
