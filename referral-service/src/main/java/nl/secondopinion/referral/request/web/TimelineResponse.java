package nl.secondopinion.referral.request.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.RequestStatus;
import nl.secondopinion.referral.request.TimelineEntry;

record TimelineResponse(Instant at, String by, String role, String what, @Nullable RequestStatus from,
		@Nullable RequestStatus to, @Nullable String why, @Nullable String onBehalfOf) {

	static TimelineResponse of(TimelineEntry entry) {
		return new TimelineResponse(entry.at(), entry.by().username(), entry.role(), entry.what(), entry.from(),
				entry.to(), entry.why(), (entry.onBehalfOf() != null) ? entry.onBehalfOf().username() : null);
	}

}
