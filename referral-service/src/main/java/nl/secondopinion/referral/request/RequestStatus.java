package nl.secondopinion.referral.request;

/**
 * Where a request is in the journey. Only the draft exists so far; every later state is
 * reached through a method on {@link SecondOpinionRequest} that also writes the timeline.
 */
public enum RequestStatus {

	/** Being written by the patient; nobody else sees it yet. */
	DRAFT

}
