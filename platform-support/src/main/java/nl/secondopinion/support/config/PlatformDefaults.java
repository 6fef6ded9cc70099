package nl.secondopinion.support.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the settings every service shares (Keycloak issuer and audience, probes,
 * structured logs, graceful shutdown, MongoDB URI) as the lowest-priority property
 * source, so each service's {@code application.yml} and the environment can still
 * override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	static final String RESOURCE = "nl/secondopinion/support/platform-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			environment.getPropertySources()
				.addLast(new ResourcePropertySource("platformDefaults", new ClassPathResource(RESOURCE)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
