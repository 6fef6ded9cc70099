package nl.secondopinion.gateway.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the portal for {@code GET} (and {@code HEAD}) requests outside the gateway's own
 * paths: a file of the build output if there is one, otherwise {@code index.html} for a
 * browser asking for a page ({@code Accept: text/html}), so that deep links such as
 * {@code /requests/{id}} open the single-page app. Anything else is left to the gateway's
 * routes, which answer 404 problem details. Hashed files under {@code /assets/} may be
 * cached for a year; {@code index.html} must be revalidated, so a new release shows at
 * once.
 */
final class PortalRouter implements RouterFunction<ServerResponse> {

	private static final List<String> RESERVED = List.of("/api", "/bff", "/oauth2", "/login", "/logout", "/actuator",
			"/v3/api-docs", "/swagger-ui", "/swagger-ui.html", "/webjars");

	private static final String INDEX = "index.html";

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final @Nullable Path root;

	private final String contentSecurityPolicy;

	private final String notBuiltPage;

	PortalRouter(@Nullable Path root, String contentSecurityPolicy) {
		this.root = root;
		this.contentSecurityPolicy = contentSecurityPolicy;
		this.notBuiltPage = readNotBuiltPage();
	}

	@Override
	public Mono<HandlerFunction<ServerResponse>> route(ServerRequest request) {
		return Mono.fromCallable(() -> handlerFor(request).orElse(null));
	}

	private Optional<HandlerFunction<ServerResponse>> handlerFor(ServerRequest request) {
		HttpMethod method = request.method();
		String path = request.requestPath().pathWithinApplication().value();
		if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || isReserved(path)) {
			return Optional.empty();
		}
		boolean root = "/".equals(path);
		Path index = file(INDEX);
		if (index == null) {
			return (root || acceptsHtml(request)) ? Optional.of(this::notBuilt) : Optional.empty();
		}
		if (!root) {
			Path file = file(request.requestPath().pathWithinApplication());
			if (file != null) {
				boolean html = file.getFileName().toString().endsWith(".html");
				return Optional
					.of((r) -> serve(file, path.startsWith("/assets/") ? IMMUTABLE : CacheControl.noCache(), html));
			}
			if (!acceptsHtml(request)) {
				return Optional.empty();
			}
		}
		return Optional.of((r) -> serve(index, CacheControl.noCache(), true));
	}

	private Mono<ServerResponse> serve(Path file, CacheControl cacheControl, boolean html) {
		Instant lastModified;
		try {
			lastModified = Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		MediaType type = html ? HTML : MediaTypeFactory.getMediaType(file.getFileName().toString())
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ServerResponse.ok()
			.contentType(type)
			.cacheControl(cacheControl)
			.lastModified(lastModified)
			.headers((headers) -> {
				if (html) {
					pageHeaders(headers);
				}
			})
			.body(BodyInserters.fromResource(new FileSystemResource(file)));
	}

	private Mono<ServerResponse> notBuilt(ServerRequest request) {
		return ServerResponse.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.noStore())
			.headers(this::pageHeaders)
			.bodyValue(this.notBuiltPage);
	}

	private void pageHeaders(HttpHeaders headers) {
		headers.set("Content-Security-Policy", this.contentSecurityPolicy);
		// same-origin, not no-referrer: with no-referrer Chrome sends "Origin: null" on
		// the portal's own
		// form posts (sign-out), which the CORS check rightly refuses; other sites still
		// get nothing.
		headers.set("Referrer-Policy", "same-origin");
		headers.set("X-Content-Type-Options", "nosniff");
	}

	private static boolean isReserved(String path) {
		return RESERVED.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
	}

	private static boolean acceptsHtml(ServerRequest request) {
		return request.headers()
			.accept()
			.stream()
			.anyMatch((type) -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
	}

	/**
	 * The regular file the request path names inside the portal directory, or null. Each
	 * segment is decoded and must be a plain name: no {@code .} or {@code ..}, no hidden
	 * file, no separator, so that nothing outside the directory can be named.
	 */
	private @Nullable Path file(PathContainer requestPath) {
		StringBuilder relative = new StringBuilder();
		for (PathContainer.Element element : requestPath.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				String name = StringUtils.uriDecode(segment.value(), StandardCharsets.UTF_8);
				if (name.isEmpty() || name.startsWith(".") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
						|| name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
					return null;
				}
				relative.append((relative.length() > 0) ? "/" : "").append(name);
			}
		}
		return (relative.length() > 0) ? file(relative.toString()) : null;
	}

	private @Nullable Path file(String relative) {
		if (this.root == null) {
			return null;
		}
		try {
			Path candidate = this.root.resolve(relative).normalize();
			if (!candidate.startsWith(this.root) || !Files.isRegularFile(candidate)
					|| !candidate.toRealPath().startsWith(this.root.toRealPath())) {
				return null;
			}
			return candidate;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static String readNotBuiltPage() {
		try {
			return new ClassPathResource("portal/not-built.html").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
