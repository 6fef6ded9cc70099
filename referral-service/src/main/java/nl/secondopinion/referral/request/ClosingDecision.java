package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the patient decided with their own doctor after the report (seeds 000, 003, 004):
 * continue as planned, take a new path, or transfer care. Until the date the new doctor
 * takes over, the own doctor stays responsible, also for acute care.
 *
 * @param careTakenOverOn the first day the new doctor is responsible (transfers only)
 * @param note in the patient's words (never in events)
 */
public record ClosingDecision(Kind kind, @Nullable LocalDate careTakenOverOn, @Nullable String note, UserReference by,
		Instant at) {

	public enum Kind {

		CONTINUE_AS_PLANNED, NEW_PATH, TRANSFER_OF_CARE

	}

	/** A transfer needs the day care is taken over, not in the past; others none. */
	static ClosingDecision of(Kind kind, @Nullable LocalDate careTakenOverOn, @Nullable String note, Actor actor,
			Instant now, LocalDate today) {
		if (kind == Kind.TRANSFER_OF_CARE && (careTakenOverOn == null || careTakenOverOn.isBefore(today))) {
			throw new RuleViolationException("transfer-date-needed", "Transfer date needed",
					"For a transfer of care, give the day the new doctor takes over (today or later); until then "
							+ "your own doctor stays responsible.");
		}
		if (kind != Kind.TRANSFER_OF_CARE && careTakenOverOn != null) {
			throw new RuleViolationException("transfer-date-unexpected", "No transfer",
					"A date of taking over care belongs to a transfer of care only.");
		}
		return new ClosingDecision(kind, careTakenOverOn, note, actor.user(), now);
	}

}
