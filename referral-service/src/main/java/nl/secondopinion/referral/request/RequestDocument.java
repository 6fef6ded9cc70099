package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a request is stored: one document holding state and timeline, so one write changes
 * both. Kept apart from the domain class and the API bodies so that each can change on
 * its own.
 */
@Document("requests")
@CompoundIndex(name = "owner_created", def = "{'ownerId': 1, 'createdAt': -1}")
record RequestDocument(@Id String id, @Version @Nullable Long version, String ownerId, String ownerUsername,
		RequestStatus status, String question, Reason reason, String specialty, @Nullable Insurer insurer,
		ReferralStatus referralStatus, Instant createdAt, List<Event> timeline) {

	record Insurer(String uzovi, @Nullable String policyNumber) {

	}

	record Event(Instant at, String byId, String byUsername, TimelineEvent what) {

	}

}
