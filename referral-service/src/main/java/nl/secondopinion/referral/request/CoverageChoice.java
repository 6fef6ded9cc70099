package nl.secondopinion.referral.request;

import java.time.Instant;

/**
 * What the patient chose when the insurer does not (or not yet) cover the second opinion:
 * to pay themselves if it is not reimbursed, or that they contacted the site's care-cost
 * team first (seed 003: "neem dan eerst contact op met Team Zorgkosten voordat u een
 * afspraak maakt").
 */
public record CoverageChoice(Kind kind, UserReference by, Instant at) {

	public enum Kind {

		SELF_PAY_ACCEPTED, CARE_COST_TEAM_CONTACTED

	}

}
