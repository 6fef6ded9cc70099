package nl.secondopinion.notification.inbox;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where users log in. Links name a request by its id only: an id says nothing about
 * anyone's health.
 *
 * @param portalUrl the web frontend's base URL
 */
@ConfigurationProperties("secondopinion.notification.links")
public record Links(String portalUrl) {

	public String toCase(@Nullable String requestId) {
		String base = this.portalUrl.replaceAll("/+$", "");
		return (requestId != null) ? base + "/requests/" + requestId : base + "/";
	}

}
