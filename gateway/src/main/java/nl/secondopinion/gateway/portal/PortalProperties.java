package nl.secondopinion.gateway.portal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the built portal is and which policy its pages get.
 *
 * @param dir the portal's build output ({@code web-portal/dist}: {@code index.html},
 * {@code assets/…}); blank or missing: the gateway answers a page saying the portal is
 * not built
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of the portal's HTML
 */
@ConfigurationProperties("secondopinion.gateway.portal")
public record PortalProperties(@Nullable String dir,
		@DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'") String contentSecurityPolicy) {
}
