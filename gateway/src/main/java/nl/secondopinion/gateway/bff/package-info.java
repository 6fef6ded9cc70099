/**
 * The gateway as backend-for-frontend of the web portal: it signs browser users in at
 * Keycloak (authorization code flow with PKCE), keeps their tokens in its own session and
 * relays the access token to the services. The browser holds only the session cookie.
 */
@NullMarked
package nl.secondopinion.gateway.bff;

import org.jspecify.annotations.NullMarked;
