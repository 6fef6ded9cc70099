package nl.secondopinion.notification.client.keycloak;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import nl.secondopinion.notification.delivery.Contact;
import nl.secondopinion.notification.delivery.Directory;
import nl.secondopinion.notification.event.RecipientGroup;
import nl.secondopinion.support.security.Role;

/**
 * Contact details and group members (role members, a user by name, clinicians by AGB
 * code) from Keycloak, each kept for {@code cache-ttl}. A failed lookup is not cached:
 * the next attempt asks again.
 */
@Component
class KeycloakDirectory implements Directory {

	private static final int PAGE = 200;

	private final KeycloakAdminClient keycloak;

	private final KeycloakProperties properties;

	private final Clock clock;

	private final Map<String, Cached<Optional<Contact>>> contacts = new ConcurrentHashMap<>();

	private final Map<RecipientGroup, Cached<List<String>>> groups = new ConcurrentHashMap<>();

	KeycloakDirectory(KeycloakAdminClient keycloak, KeycloakProperties properties, Clock clock) {
		this.keycloak = keycloak;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Optional<Contact> contact(String userId) {
		return cached(this.contacts, userId, () -> lookUp(userId));
	}

	@Override
	public List<String> members(RecipientGroup group) {
		return cached(this.groups, group, () -> findMembers(group));
	}

	private Optional<Contact> lookUp(String userId) {
		try {
			KeycloakUser user = this.keycloak.user(userId);
			if (Boolean.FALSE.equals(user.enabled())) {
				return Optional.empty();
			}
			return Optional.of(contactOf(userId, user));
		}
		catch (KeycloakNotFoundException ex) {
			return Optional.empty();
		}
	}

	private static Contact contactOf(String userId, KeycloakUser user) {
		return new Contact(userId, user.email(), user.attribute("phone"), user.attribute("locale"));
	}

	private List<String> findMembers(RecipientGroup group) {
		return switch (group.kind()) {
			case INTAKE_COORDINATORS, INSURER_MEDIATORS -> findRoleMembers(group);
			case USERNAME -> findByUsername(Objects.requireNonNull(group.username()));
			case CLINICIAN -> findByAgb(Objects.requireNonNull(group.agb()));
		};
	}

	/**
	 * The enabled user of exactly this name. Keycloak compares user names in lower case;
	 * {@code exact=true} keeps "anna" from finding "annabel", and the name is compared
	 * again here.
	 */
	private List<String> findByUsername(String username) {
		List<KeycloakUser> found;
		try {
			found = this.keycloak.usersByUsername(username, true, true);
		}
		catch (KeycloakNotFoundException ex) {
			return List.of();
		}
		return found.stream()
			.filter((user) -> user.id() != null && !Boolean.FALSE.equals(user.enabled()))
			.filter((user) -> username.equalsIgnoreCase(user.username()))
			.map((user) -> Objects.requireNonNull(user.id()))
			.distinct()
			.toList();
	}

	/**
	 * The enabled users whose attribute {@code agb} is the code. Keycloak's {@code q}
	 * search is checked again on the attribute itself, so a search that matches more
	 * loosely cannot add anyone.
	 */
	private List<String> findByAgb(String agb) {
		return collectPages((first) -> this.keycloak.usersByAttribute("agb:" + agb, first, PAGE, false), "agb", agb);
	}

	private List<String> findRoleMembers(RecipientGroup group) {
		boolean intake = group.kind() == RecipientGroup.Kind.INTAKE_COORDINATORS;
		Role role = intake ? Role.INTAKE_COORDINATOR : Role.INSURER_MEDIATOR;
		return collectPages((first) -> this.keycloak.usersWithRole(role.realmName(), first, PAGE, false),
				intake ? "institution" : "insurer_uzovi", intake ? group.institution() : group.uzovi());
	}

	/**
	 * The enabled users of every page whose attribute has the wanted value. Their full
	 * representations are at hand, so their contact details are cached as well: the
	 * deliveries to them need not ask Keycloak again.
	 */
	private List<String> collectPages(IntFunction<List<KeycloakUser>> pageFrom, String attribute,
			@Nullable String wanted) {
		List<String> members = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			List<KeycloakUser> page;
			try {
				page = pageFrom.apply(first);
			}
			catch (KeycloakNotFoundException ex) {
				return List.of();
			}
			for (KeycloakUser user : page) {
				String id = user.id();
				if (id == null || Boolean.FALSE.equals(user.enabled()) || members.contains(id)) {
					continue;
				}
				KeycloakUser full = withAttributes(user, id);
				if (full != null && Objects.equals(full.attribute(attribute), wanted)) {
					members.add(id);
					remember(this.contacts, id, Optional.of(contactOf(id, full)));
				}
			}
			if (page.size() < PAGE) {
				return members;
			}
		}
	}

	/**
	 * The user with attributes: a brief representation (older Keycloak) lacks them, so
	 * the user is read; null when deleted in between.
	 */
	private @Nullable KeycloakUser withAttributes(KeycloakUser user, String id) {
		if (user.attributes() != null) {
			return user;
		}
		try {
			return this.keycloak.user(id);
		}
		catch (KeycloakNotFoundException ex) {
			return null;
		}
	}

	private <K, V> V cached(Map<K, Cached<V>> cache, K key, Supplier<V> load) {
		Instant now = this.clock.instant();
		Cached<V> hit = cache.get(key);
		if (hit != null && hit.until().isAfter(now)) {
			return hit.value();
		}
		return remember(cache, key, load.get());
	}

	private <K, V> V remember(Map<K, Cached<V>> cache, K key, V value) {
		cache.put(key, new Cached<>(value, this.clock.instant().plus(this.properties.cacheTtl())));
		return value;
	}

	private record Cached<V>(V value, Instant until) {

	}

}
