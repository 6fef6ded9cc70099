package nl.secondopinion.referral.request;

/**
 * What the consultant decides after reading the dossier (seeds 000, 002): some patients
 * need only a conversation, others additional diagnostics first.
 */
public enum Triage {

	CONVERSATION_ONLY, ADDITIONAL_DIAGNOSTICS_FIRST

}
