package nl.secondopinion.referral.request;

import nl.secondopinion.support.security.CurrentUser;

/**
 * A platform user as the request remembers them: the stable Keycloak subject decides
 * access, the user name is only for display.
 */
public record UserReference(String id, String username) {

	public static UserReference of(CurrentUser user) {
		return new UserReference(user.id(), user.username());
	}

}
