package nl.secondopinion.notification.delivery;

import org.jspecify.annotations.Nullable;

/** How to reach a user, from Keycloak. */
public record Contact(String userId, @Nullable String email, @Nullable String phone, @Nullable String locale) {

}
