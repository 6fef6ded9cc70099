package nl.secondopinion.insurance.mediation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the patient wishes for the wait: structured on purpose, so no medical free text
 * reaches the insurer.
 *
 * @param maxWaitingWeeks the longest acceptable wait, if the patient has a maximum
 * @param maxTravelMinutes the longest acceptable travel time, if any
 * @param languages languages the consultant should speak
 */
public record WaitingWish(@Nullable Integer maxWaitingWeeks, @Nullable Integer maxTravelMinutes,
		List<String> languages) {

	public WaitingWish {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

}
