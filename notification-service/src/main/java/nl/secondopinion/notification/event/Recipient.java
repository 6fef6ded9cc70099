package nl.secondopinion.notification.event;

import org.jspecify.annotations.Nullable;

/** A person the producer named, with the role in which they hear about the request. */
public record Recipient(String userId, @Nullable String role) {

}
