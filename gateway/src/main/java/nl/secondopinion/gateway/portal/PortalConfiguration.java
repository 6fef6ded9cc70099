package nl.secondopinion.gateway.portal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Registers the portal's router. Router functions are asked before the gateway's routes,
 * so the router declines every path it does not serve.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PortalConfiguration.class);

	@Bean
	RouterFunction<ServerResponse> portalRoutes(PortalProperties properties) {
		return new PortalRouter(root(properties.dir()), properties.contentSecurityPolicy());
	}

	private static @Nullable Path root(@Nullable String dir) {
		if (!StringUtils.hasText(dir)) {
			log.info("No portal directory (PORTAL_DIR) set: '/' answers a page saying the portal is not built");
			return null;
		}
		Path root = Path.of(dir).toAbsolutePath().normalize();
		if (!Files.isRegularFile(root.resolve("index.html"))) {
			log.warn(
					"The portal directory {} has no index.html (yet): '/' answers a page saying the portal is not built",
					root);
		}
		else {
			log.info("Serving the portal from {}", root);
		}
		return root;
	}

}
