package nl.secondopinion.dossier.document.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.jwt.Jwt;

import nl.secondopinion.dossier.access.Caller;
import nl.secondopinion.support.security.CurrentUser;

/** Who calls, from the token, and from where, for the access log. */
final class Callers {

	private Callers() {
	}

	static Caller of(Jwt jwt, HttpServletRequest request) {
		return new Caller(CurrentUser.from(jwt), jwt.getClaimAsString("represents"), sourceAddress(request));
	}

	/**
	 * The last X-Forwarded-For entry is the address the gateway saw (earlier entries are
	 * whatever the client claimed); without the header, the direct peer.
	 */
	static String sourceAddress(HttpServletRequest request) {
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded != null && !forwarded.isBlank()) {
			String[] hops = forwarded.split(",");
			return hops[hops.length - 1].strip();
		}
		return request.getRemoteAddr();
	}

}
