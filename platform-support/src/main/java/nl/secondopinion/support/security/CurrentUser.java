package nl.secondopinion.support.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the Keycloak access token: the stable subject id, the realm
 * roles and the organisation claims that decide what the caller may see.
 */
public record CurrentUser(String id, String username, Set<Role> roles, @Nullable String institution,
		@Nullable String practice, @Nullable String specialty, @Nullable String agb, @Nullable String insurerUzovi,
		@Nullable String locale) {

	public static CurrentUser from(Jwt jwt) {
		Set<Role> roles = KeycloakRealmRoleConverter.realmRoles(jwt)
			.stream()
			.flatMap((name) -> java.util.Arrays.stream(Role.values()).filter((role) -> role.realmName().equals(name)))
			.collect(Collectors.toUnmodifiableSet());
		String username = jwt.getClaimAsString("preferred_username");
		return new CurrentUser(jwt.getSubject(), (username != null) ? username : jwt.getSubject(), roles,
				jwt.getClaimAsString("institution"), jwt.getClaimAsString("practice"),
				jwt.getClaimAsString("specialty"), jwt.getClaimAsString("agb"), jwt.getClaimAsString("insurer_uzovi"),
				jwt.getClaimAsString("locale"));
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the caller is the doctor a case names: a GP or specialist with that
	 * platform id, or whose token carries that AGB code. Every service recognises the
	 * treating doctor and the GP by this one rule, so a doctor named by AGB code is the
	 * same person everywhere, before and after they first acted on the case.
	 */
	public boolean isClinician(@Nullable String userId, @Nullable String agbCode) {
		if (!has(Role.GP) && !has(Role.SPECIALIST)) {
			return false;
		}
		return (userId != null && userId.equals(this.id))
				|| (agbCode != null && !agbCode.isBlank() && agbCode.equals(this.agb));
	}

	/**
	 * Whether the caller works at the institution, by the one rule of
	 * {@link Institutions}.
	 */
	public boolean worksAt(@Nullable String institution) {
		return Institutions.same(this.institution, institution);
	}

}
