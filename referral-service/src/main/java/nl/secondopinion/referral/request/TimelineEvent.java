package nl.secondopinion.referral.request;

/** What happened to a request, as the timeline records it. */
public enum TimelineEvent {

	DRAFT_CREATED

}
