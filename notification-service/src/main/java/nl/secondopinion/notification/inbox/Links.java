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

	// Once at binding, not per link: every inbox entry and every mail asks for one.
	public Links {
		portalUrl = portalUrl.replaceAll("/+$", "");
	}

	public String toCase(@Nullable String requestId) {
		return (requestId != null) ? this.portalUrl + "/requests/" + requestId : this.portalUrl + "/";
	}

}
