package nl.secondopinion.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * One id follows a call from the gateway through referral-service into insurance-service,
 * so a problem a user reports can be traced in every log it touched.
 */
class CorrelationAcrossServicesE2E {

	@Test
	void whenACallCrossesThreeComponents_thenEachLogsItUnderTheCallersCorrelationId() throws Exception {
		assumeFalse(Stack.LOGS_DIR.isBlank(), "stack.logs.dir is not set: the stack's logs are elsewhere");
		String anna = Keycloak.userToken("anna");
		String body = """
				{"question":"Do I really need a second operation on my knee?","reason":"DOUBT_ABOUT_TREATMENT",
				 "specialty":"orthopaedics","insurer":{"uzovi":"9664"}}""";
		HttpResponse<String> created = Http.postJson(Stack.GATEWAY + "/api/requests", anna, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = Http.json(created).get("id").asString();
		String correlationId = "e2e-trace-" + UUID.randomUUID();

		HttpResponse<String> estimate = Http
			.send(Http.request(Stack.GATEWAY + "/api/requests/" + id + "/coverage-estimate")
				.header("Authorization", "Bearer " + anna)
				.header("X-Correlation-ID", correlationId)
				.GET());

		assertThat(estimate.statusCode()).as(estimate.body()).isEqualTo(200);
		assertThat(estimate.headers().firstValue("X-Correlation-ID")).hasValue(correlationId);
		for (String component : new String[] { "gateway", "referral-service", "insurance-service" }) {
			assertThat(logOf(component)).as("log of %s", component)
				.contains("\"correlationId\":\"" + correlationId + "\"");
		}
	}

	private static String logOf(String component) throws IOException {
		return Files.readString(Path.of(Stack.LOGS_DIR, component + ".log"));
	}

}
