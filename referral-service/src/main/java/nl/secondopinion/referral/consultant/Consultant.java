package nl.secondopinion.referral.consultant;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An independent second-opinion provider in the directory.
 *
 * @param id directory id
 * @param userId the Keycloak subject when the consultant uses the platform
 * @param waitingWeeks current waiting time until a first appointment
 * @param careCostTeam the site's care-cost team, when it has one
 */
@Document("consultants")
public record Consultant(@Id String id, @Nullable String userId, String name, CareLevel level, String specialty,
		String institution, @Nullable String practice, boolean accepting, int waitingWeeks, List<String> languages,
		List<String> networkTags, List<IntakeLimit> intakeLimits, @Nullable CareCostTeam careCostTeam) {

	public Consultant {
		languages = List.copyOf(languages);
		networkTags = List.copyOf(networkTags);
		intakeLimits = List.copyOf(intakeLimits);
	}

}
