@NullMarked
package nl.secondopinion.notification.client.keycloak;

import org.jspecify.annotations.NullMarked;
