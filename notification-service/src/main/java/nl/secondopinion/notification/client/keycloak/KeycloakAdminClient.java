package nl.secondopinion.notification.client.keycloak;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Keycloak's admin REST API for realm users, read with the service account's token. */
@FeignClient(name = "keycloak-admin", url = "${secondopinion.notification.keycloak.admin-url}",
		configuration = KeycloakClientConfiguration.class, fallbackFactory = KeycloakFallbackFactory.class)
interface KeycloakAdminClient {

	@GetMapping("/users/{id}")
	KeycloakUser user(@PathVariable("id") String id);

	@GetMapping("/roles/{role}/users")
	List<KeycloakUser> usersWithRole(@PathVariable("role") String role, @RequestParam("first") int first,
			@RequestParam("max") int max, @RequestParam("briefRepresentation") boolean briefRepresentation);

}
