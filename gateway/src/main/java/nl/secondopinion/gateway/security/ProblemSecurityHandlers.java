package nl.secondopinion.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import nl.secondopinion.gateway.problem.ProblemResponder;

/**
 * Answers 401 and 403 as problem details. The body stays generic on purpose: why a token
 * was refused (expired, wrong audience, bad signature) helps an attacker more than a
 * user; the client only needs to know it must get a new token.
 */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemResponder responder;

	ProblemSecurityHandlers(ProblemResponder responder) {
		this.responder = responder;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		String challenge = (failure instanceof OAuth2AuthenticationException) ? "Bearer error=\"invalid_token\""
				: "Bearer";
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		return this.responder.respond(exchange, HttpStatus.UNAUTHORIZED);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.responder.respond(exchange, HttpStatus.FORBIDDEN);
	}

}
