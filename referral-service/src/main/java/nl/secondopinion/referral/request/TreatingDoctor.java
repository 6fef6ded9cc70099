package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.CareLevel;

/**
 * The doctor whose diagnosis or treatment is to be reviewed.
 *
 * @param userId the doctor's platform id, once they acted on the request
 * @param agb the doctor's AGB code, which links a platform doctor to the request
 */
public record TreatingDoctor(@Nullable String userId, String name, CareLevel level, String specialty,
		@Nullable String institution, @Nullable String practice, @Nullable String agb) {

	TreatingDoctor withUserId(String id) {
		return new TreatingDoctor(id, this.name, this.level, this.specialty, this.institution, this.practice, this.agb);
	}

}
