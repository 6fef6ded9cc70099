package nl.secondopinion.referral.request.web;

import org.springframework.security.oauth2.jwt.Jwt;

import nl.secondopinion.referral.request.Caller;
import nl.secondopinion.support.security.CurrentUser;

final class Callers {

	private Callers() {
	}

	static Caller from(Jwt token) {
		return new Caller(CurrentUser.from(token), token.getClaimAsString("represents"));
	}

}
