package nl.secondopinion.notification.client.keycloak;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The part of Keycloak's UserRepresentation this service reads; every field nullable. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeycloakUser(@Nullable String id, @Nullable String username, @Nullable String email, @Nullable Boolean enabled,
		@Nullable Map<String, List<String>> attributes) {

	@Nullable String attribute(String name) {
		if (this.attributes == null) {
			return null;
		}
		List<String> values = this.attributes.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
