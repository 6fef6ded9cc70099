package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.CareCostTeam;

/** The consultant who gives the second opinion, as the request remembers them. */
public record AssignedConsultant(String consultantId, @Nullable String userId, String name, String institution,
		String specialty, @Nullable CareCostTeam careCostTeam) {

}
