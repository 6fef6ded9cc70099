package nl.secondopinion.insurance.context;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The consultants referral-service lets a request's patient choose. */
public interface ConsultantDirectory {

	/**
	 * The accepting consultants of the request's specialty who pass the independence and
	 * level rule against the treating doctor and have not declined the request, sorted by
	 * waiting time.
	 * @param maxWaitingWeeks the longest wait, or {@code null} for any
	 * @throws RequestNotFoundException when referral-service does not know the request
	 */
	List<Consultant> candidates(String requestId, @Nullable Integer maxWaitingWeeks);

}
