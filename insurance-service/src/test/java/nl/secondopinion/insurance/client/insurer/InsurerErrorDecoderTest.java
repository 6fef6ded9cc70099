package nl.secondopinion.insurance.client.insurer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsurerErrorDecoderTest {

	private final InsurerErrorDecoder decoder = new InsurerErrorDecoder();

	private static Response response(int status, String body) {
		Request request = Request.create(Request.HttpMethod.GET, "http://insurer/insurers/3311/eligibility", Map.of(),
				null, StandardCharsets.UTF_8, null);
		return Response.builder()
			.status(status)
			.request(request)
			.headers(Map.of())
			.body(body, StandardCharsets.UTF_8)
			.build();
	}

	@Test
	void whenTheInsurerSaysNotInsured_thenThatIsAnAnswer() {
		assertThat(this.decoder.decode("k", response(404, """
				{"type":"https://insurer-sandbox.example/problems/not-insured","status":404}""")))
			.isInstanceOf(InsurerFailure.NotInsured.class);
	}

	@Test
	void whenA404SaysAnythingElse_thenItIsOurFaultNeverNotInsured() {
		assertThat(this.decoder.decode("k", response(404, """
				{"type":"https://insurer-sandbox.example/problems/unknown-insurer","status":404}""")))
			.isInstanceOf(InsurerFailure.Rejected.class);
		assertThat(this.decoder.decode("k", response(404, "<html>Not Found</html>")))
			.isInstanceOf(InsurerFailure.Rejected.class);
	}

	@Test
	void when5xxOr429_thenTransient() {
		assertThat(this.decoder.decode("k", response(503, ""))).isInstanceOf(InsurerFailure.ServerError.class);
		assertThat(this.decoder.decode("k", response(500, ""))).isInstanceOf(InsurerFailure.ServerError.class);
		assertThat(this.decoder.decode("k", response(429, ""))).isInstanceOf(InsurerFailure.ServerError.class);
	}

	@Test
	void whenOther4xx_thenRejected() {
		assertThat(this.decoder.decode("k", response(400, ""))).isInstanceOf(InsurerFailure.Rejected.class);
		assertThat(this.decoder.decode("k", response(401, ""))).isInstanceOf(InsurerFailure.Rejected.class);
	}

}
