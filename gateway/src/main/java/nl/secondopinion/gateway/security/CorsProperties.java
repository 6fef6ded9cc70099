package nl.secondopinion.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser origins allowed to call the API. Mobile apps send no Origin header and need no
 * entry here. Credentials (cookies) are never allowed: clients send bearer tokens.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://app.secondopinion.nl}
 * @param allowedMethods methods a browser may use
 * @param allowedHeaders request headers a browser may send
 * @param exposedHeaders response headers a script may read
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("secondopinion.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue( {
		"GET", "POST", "PUT", "PATCH", "DELETE" }) List<String> allowedMethods,
		@DefaultValue({ "Authorization", "Content-Type", "Accept", "Accept-Language", "If-Match", "If-None-Match",
				"X-Correlation-ID" }) List<String> allowedHeaders,
		@DefaultValue({ "X-Correlation-ID", "Location", "ETag", "Retry-After",
				"X-RateLimit-Remaining" }) List<String> exposedHeaders,
		@DefaultValue("1h") Duration maxAge){
}
