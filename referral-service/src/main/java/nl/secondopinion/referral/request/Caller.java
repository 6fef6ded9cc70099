package nl.secondopinion.referral.request;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/**
 * Who is calling, as the request rules need it: the platform's {@link CurrentUser} plus
 * the representative's {@code represents} claim (the user name of the patient they act
 * for).
 */
public record Caller(CurrentUser user, @Nullable String represents) {

	public String id() {
		return this.user.id();
	}

	public String username() {
		return this.user.username();
	}

	public @Nullable String institution() {
		return this.user.institution();
	}

	public @Nullable String agb() {
		return this.user.agb();
	}

	public @Nullable String locale() {
		return this.user.locale();
	}

	public boolean has(Role role) {
		return this.user.has(role);
	}

	public UserReference reference() {
		return new UserReference(id(), username());
	}

}
