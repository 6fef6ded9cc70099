package nl.secondopinion.gateway.bff;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Where the browser goes after signing in. Only a path of this origin is accepted: one
 * leading slash, no {@code //} or backslash (browsers read {@code //host} and
 * {@code /\host} as another host), no scheme, no control characters. Anything else
 * becomes {@code /}, so the login link cannot be turned into an open redirect.
 */
public final class ReturnTo {

	static final String HOME = "/";

	static final String PARAMETER = "returnTo";

	private static final String SESSION_ATTRIBUTE = ReturnTo.class.getName();

	private static final int MAX_LENGTH = 2048;

	private ReturnTo() {
	}

	public static String sanitize(@Nullable String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || candidate.charAt(0) != '/'
				|| candidate.contains("//") || candidate.indexOf('\\') >= 0
				|| candidate.chars().anyMatch((c) -> c < 0x21 || c == 0x7f)) {
			return HOME;
		}
		try {
			URI uri = new URI(candidate);
			if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
					|| !uri.getRawPath().startsWith("/")) {
				return HOME;
			}
		}
		catch (URISyntaxException ex) {
			return HOME;
		}
		return candidate;
	}

	static Mono<Void> remember(ServerWebExchange exchange) {
		String target = sanitize(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
		return exchange.getSession()
			.doOnNext((session) -> session.getAttributes().put(SESSION_ATTRIBUTE, target))
			.then();
	}

	/**
	 * The remembered target (checked again), removed from the session; {@code /} if none.
	 */
	static Mono<String> take(ServerWebExchange exchange) {
		return exchange.getSession().map(ReturnTo::take).defaultIfEmpty(HOME);
	}

	private static String take(WebSession session) {
		Object target = session.getAttributes().remove(SESSION_ATTRIBUTE);
		return sanitize((target instanceof String path) ? path : null);
	}

}
