package nl.secondopinion.insurance.context;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A second-opinion consultant from referral-service's directory. */
public record Consultant(String id, @Nullable String userId, String name, @Nullable String specialty,
		@Nullable String institution, boolean accepting, @Nullable Integer waitingWeeks, List<String> languages) {

	public Consultant {
		languages = List.copyOf(languages);
	}

}
