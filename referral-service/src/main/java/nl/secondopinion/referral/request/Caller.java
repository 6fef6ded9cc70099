package nl.secondopinion.referral.request;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/**
 * Who is calling, as the request rules need it: the platform's {@link CurrentUser} plus
 * the representative's {@code represents} claim (the user name of the patient they act
 * for).
 */
public record Caller(String id, String username, Set<Role> roles, @Nullable String institution,
		@Nullable String practice, @Nullable String specialty, @Nullable String agb, @Nullable String locale,
		@Nullable String represents) {

	public static Caller of(CurrentUser user, @Nullable String represents) {
		return new Caller(user.id(), user.username(), user.roles(), user.institution(), user.practice(),
				user.specialty(), user.agb(), user.locale(), represents);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public UserReference reference() {
		return new UserReference(this.id, this.username);
	}

}
