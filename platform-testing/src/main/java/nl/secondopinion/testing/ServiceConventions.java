package nl.secondopinion.testing;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every service of the platform must do whatever its features: probes and API
 * document without a token, problem answers for unknown paths and missing tokens. A
 * service's integration test extends this with {@code @SpringBootTest} and
 * {@code @AutoConfigureMockMvc}.
 */
public abstract class ServiceConventions {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	@Qualifier("mongoHealthIndicator")
	private HealthIndicator mongoHealth;

	@Test
	void whenProbed_thenLivenessAndReadinessAreUpWithoutToken() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void whenDatabaseAnswers_thenTheMongoCheckOfReadinessIsUp() {
		// The stand-in servers know 'ping' but not Boot's default 'hello'.
		assertEquals(Status.UP, this.mongoHealth.health().getStatus());
	}

	@Test
	void whenOpenApiRequested_thenDocumentIsServedWithoutToken() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
	}

	@Test
	void whenPathUnknown_thenAnswers404ProblemWithCorrelationId() throws Exception {
		this.mvc.perform(get("/api/no-such-thing").with(TestTokens.anna()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/not-found"))
			.andExpect(jsonPath("$.correlationId").isNotEmpty());
	}

	@Test
	void whenNoToken_thenApiAnswers401Problem() throws Exception {
		this.mvc.perform(get("/api/no-such-thing"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
