package nl.secondopinion.gateway.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * A WebTestClient with a cookie jar, as a browser has: cookies the gateway sets are sent
 * back on later requests, cookies it expires are dropped.
 */
public final class Browser {

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private final WebTestClient client;

	public Browser(WebTestClient client) {
		this.client = client.mutate()
			.filter((request, next) -> next
				.exchange(ClientRequest.from(request).cookies((sent) -> this.cookies.forEach(sent::add)).build())
				.doOnNext((response) -> response.cookies().values().forEach((set) -> set.forEach(this::keep))))
			.build();
	}

	public WebTestClient client() {
		return this.client;
	}

	public @Nullable String cookie(String name) {
		return this.cookies.get(name);
	}

	public void forget(String name) {
		this.cookies.remove(name);
	}

	private void keep(ResponseCookie cookie) {
		if (cookie.getMaxAge().isZero() || cookie.getValue().isEmpty()) {
			this.cookies.remove(cookie.getName());
		}
		else {
			this.cookies.put(cookie.getName(), cookie.getValue());
		}
	}

}
