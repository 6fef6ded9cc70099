package nl.secondopinion.referral.request;

import java.time.Instant;

/** One line of a request's history: who did what, and when. */
public record TimelineEntry(Instant at, UserReference by, TimelineEvent what) {

}
