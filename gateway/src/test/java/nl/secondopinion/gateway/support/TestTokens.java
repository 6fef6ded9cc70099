package nl.secondopinion.gateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Plays Keycloak for the tests: owns an RSA key, publishes it as a JWKS and signs tokens
 * with whatever issuer, audience and expiry a test needs.
 */
public final class TestTokens {

	private final RSAKey signingKey = generateKey("test-key");

	// Same key id, different key: a forged token that names a trusted key.
	private final RSAKey forgerKey = generateKey("test-key");

	private final String issuer;

	public TestTokens(String issuer) {
		this.issuer = issuer;
	}

	public String jwks() {
		return new JWKSet(this.signingKey.toPublicJWK()).toString();
	}

	public String forUser(String subject) {
		return token(subject, this.issuer, List.of("gateway", "referral-service"), Duration.ofMinutes(5));
	}

	public String forNewUser() {
		return forUser(UUID.randomUUID().toString());
	}

	public String expired() {
		return token(UUID.randomUUID().toString(), this.issuer, List.of("gateway"), Duration.ofMinutes(-5));
	}

	public String withAudience(String... audience) {
		return token(UUID.randomUUID().toString(), this.issuer, List.of(audience), Duration.ofMinutes(5));
	}

	public String withIssuer(String foreignIssuer) {
		return token(UUID.randomUUID().toString(), foreignIssuer, List.of("gateway"), Duration.ofMinutes(5));
	}

	public String forged() {
		return sign(claims(UUID.randomUUID().toString(), this.issuer, List.of("gateway"), Duration.ofMinutes(5)),
				this.forgerKey);
	}

	/**
	 * An access token as Keycloak issues it to the {@code portal} client: every platform
	 * audience, the user's realm roles, name and locale.
	 */
	public String portalAccessToken(String subject, List<String> roles) {
		Instant now = Instant.now();
		return sign(new JWTClaimsSet.Builder().subject(subject)
			.issuer(this.issuer)
			.audience(List.of("gateway", "referral-service", "dossier-service", "insurance-service",
					"notification-service"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString())
			.claim("azp", "portal")
			.claim("preferred_username", "anna")
			.claim("realm_access", Map.of("roles", roles))
			.build(), this.signingKey);
	}

	/** An ID token for the {@code portal} client, bound to the sign-in by its nonce. */
	public String idToken(String subject, String nonce, String sessionId) {
		Instant now = Instant.now();
		return sign(new JWTClaimsSet.Builder().subject(subject)
			.issuer(this.issuer)
			.audience("portal")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim("azp", "portal")
			.claim("nonce", nonce)
			.claim("sid", sessionId)
			.claim("preferred_username", "anna")
			.claim("name", "Anna Mulder")
			.claim("locale", "nl")
			.build(), this.signingKey);
	}

	/** A back-channel logout token for Keycloak's session {@code sessionId}. */
	public String logoutToken(String subject, String sessionId) {
		return sign(new JWTClaimsSet.Builder().subject(subject)
			.issuer(this.issuer)
			.audience("portal")
			.issueTime(new Date())
			.jwtID(UUID.randomUUID().toString())
			.claim("sid", sessionId)
			.claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
			.build(), this.signingKey);
	}

	private String token(String subject, String tokenIssuer, List<String> audience, Duration validFor) {
		return sign(claims(subject, tokenIssuer, audience, validFor), this.signingKey);
	}

	private static JWTClaimsSet claims(String subject, String tokenIssuer, List<String> audience, Duration validFor) {
		Instant now = Instant.now();
		Instant issuedAt = validFor.isNegative() ? now.plus(validFor).minusSeconds(300) : now;
		return new JWTClaimsSet.Builder().subject(subject)
			.issuer(tokenIssuer)
			.audience(audience)
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(now.plus(validFor)))
			.claim("preferred_username", "anna")
			.build();
	}

	private static String sign(JWTClaimsSet claims, RSAKey key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generateKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
