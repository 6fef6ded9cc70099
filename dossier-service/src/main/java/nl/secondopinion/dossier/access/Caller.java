package nl.secondopinion.dossier.access;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/**
 * The user behind a call and the address the call came from (for the access log).
 *
 * @param represents for a representative: the user name of the patient their token says
 * they represent (claim {@code represents})
 */
public record Caller(CurrentUser user, @Nullable String represents, @Nullable String sourceAddress) {

	private static final Role[] PRECEDENCE = { Role.PATIENT, Role.REPRESENTATIVE, Role.SPECIALIST, Role.GP,
			Role.CONSULTANT, Role.INTAKE_COORDINATOR, Role.INSURER_MEDIATOR, Role.PLATFORM_ADMIN,
			Role.PLATFORM_SERVICE };

	/** The role the caller acts in, for the log: the first that applies. */
	public String role() {
		for (Role role : PRECEDENCE) {
			if (this.user.has(role)) {
				return role.realmName();
			}
		}
		return "none";
	}

	public @Nullable String organisation() {
		if (this.user.institution() != null) {
			return this.user.institution();
		}
		if (this.user.practice() != null) {
			return this.user.practice();
		}
		return (this.user.insurerUzovi() != null) ? "UZOVI " + this.user.insurerUzovi() : null;
	}

}
