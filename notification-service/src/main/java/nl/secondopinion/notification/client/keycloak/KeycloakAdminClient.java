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

	/** Users by user name; with {@code exact=true} only the one of exactly that name. */
	@GetMapping("/users")
	List<KeycloakUser> usersByUsername(@RequestParam("username") String username, @RequestParam("exact") boolean exact,
			@RequestParam("briefRepresentation") boolean briefRepresentation);

	/**
	 * Users by attribute search, {@code q=key:value} (needs view-users and query-users;
	 * the user profile's attribute, hence view-realm).
	 */
	@GetMapping("/users")
	List<KeycloakUser> usersByAttribute(@RequestParam("q") String query, @RequestParam("first") int first,
			@RequestParam("max") int max, @RequestParam("briefRepresentation") boolean briefRepresentation);

}
