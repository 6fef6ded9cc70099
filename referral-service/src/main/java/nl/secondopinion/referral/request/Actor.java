package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

/**
 * Someone acting on a request, in the relation that allowed it (e.g. {@code patient},
 * {@code representative}, {@code gp}), as the timeline records it.
 *
 * @param agb the acting doctor's AGB code, if any
 */
public record Actor(UserReference user, String role, @Nullable String agb) {

	public static final String REPRESENTATIVE = "representative";

	public static Actor of(Caller caller, String role) {
		return new Actor(caller.reference(), role, caller.agb());
	}

}
