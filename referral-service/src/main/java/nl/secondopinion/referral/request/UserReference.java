package nl.secondopinion.referral.request;

/**
 * A platform user as the request remembers them: the stable Keycloak subject decides
 * access, the user name is only for display.
 */
public record UserReference(String id, String username) {

}
