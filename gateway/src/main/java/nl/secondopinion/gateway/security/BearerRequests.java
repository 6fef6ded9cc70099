package nl.secondopinion.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

/**
 * Requests that bring their own access token. They go to the stateless chain whatever
 * else they carry, so a bearer token always wins over a session cookie.
 */
final class BearerRequests {

	private static final String SCHEME = "Bearer ";

	static final ServerWebExchangeMatcher MATCHER = (exchange) -> {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		boolean bearer = authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
		return bearer ? MatchResult.match() : MatchResult.notMatch();
	};

	private BearerRequests() {
	}

}
