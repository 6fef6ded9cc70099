package nl.secondopinion.gateway.ratelimit;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keys a request by the token's subject, so one user shares a bucket across devices and
 * addresses; anonymous requests (health, API docs) fall back to the peer address. Behind
 * a load balancer that address is the balancer's, which then limits anonymous traffic as
 * a whole: acceptable for those few public paths.
 */
class ClientKeyResolver implements KeyResolver {

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.map((principal) -> "user:" + principal.getName())
			.switchIfEmpty(Mono.fromSupplier(() -> "address:" + peerAddress(exchange)));
	}

	private static String peerAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
