package nl.secondopinion.gateway.routing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request headers a client must never be able to set, matched by name prefix and ignoring
 * case. {@code X-Internal-} is the platform's own prefix for service-to-service hints;
 * the others are identity headers that proxies such as oauth2-proxy or web servers set
 * and that some frameworks trust.
 *
 * @param removedPrefixes header name prefixes removed from every incoming request
 */
@ConfigurationProperties("secondopinion.gateway.inbound-headers")
public record InboundHeaderProperties(@DefaultValue( {
		"X-Internal-", "X-Forwarded-User", "X-Forwarded-Email", "X-Forwarded-Preferred-Username", "X-Forwarded-Groups",
		"X-Forwarded-Access-Token", "X-Auth-Request-", "X-Remote-User", "Remote-User", "X-User-",
		"X-Authenticated-" }) List<String> removedPrefixes){
}
