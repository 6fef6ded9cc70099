package nl.secondopinion.referral.consultant;

import org.jspecify.annotations.Nullable;

/**
 * A site's care-cost team (<em>Team Zorgkosten</em>): who a patient contacts before an
 * appointment when the insurer does not cover the second opinion or they are insured
 * abroad (seed 003).
 */
public record CareCostTeam(@Nullable String email, @Nullable String phone) {

}
