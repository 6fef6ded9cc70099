package nl.secondopinion.insurance.mediation;

import org.jspecify.annotations.Nullable;

/**
 * How one insurer's desk meets the target: time from request to first proposal, against a
 * number of working days.
 *
 * @param proposedWithinTarget first proposal on or before the due moment
 * @param proposedLate first proposal after the due moment
 * @param openOverdue no proposal yet and already past the due moment
 * @param openInTime no proposal yet, still before the due moment
 * @param medianHoursToFirstProposal clock hours, over the requests with a proposal
 */
public record Turnaround(String insurerUzovi, int targetWorkingDays, int requests, int proposedWithinTarget,
		int proposedLate, int openOverdue, int openInTime, @Nullable Double medianHoursToFirstProposal) {

}
