package nl.secondopinion.insurance.eligibility;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an insurer's eligibility service said about one person on one date, or why it said
 * nothing. Never holds the citizen service number.
 */
public sealed interface EligibilityResult {

	Instant checkedAt();

	/**
	 * Insured with this insurer on the date.
	 *
	 * @param treatyArrangement insured under a treaty arrangement (verdragsverzekerde)
	 * @param cached whether the answer came from today's cache instead of a new call
	 */
	record Insured(String insurerUzovi, String insurerName, boolean basicInsurance,
			@Nullable String supplementaryPackage, boolean treatyArrangement, Instant checkedAt,
			boolean cached) implements EligibilityResult {

		public Insured fromCache() {
			return new Insured(this.insurerUzovi, this.insurerName, this.basicInsurance, this.supplementaryPackage,
					this.treatyArrangement, this.checkedAt, true);
		}

	}

	/** The insurer answered that it does not insure this person on the date. */
	record NotInsured(String insurerUzovi, Instant checkedAt) implements EligibilityResult {

	}

	/** No usable answer: a pending decision, never a guess. */
	record Unavailable(String insurerUzovi, UnavailableCause cause, Instant checkedAt) implements EligibilityResult {

	}

}
