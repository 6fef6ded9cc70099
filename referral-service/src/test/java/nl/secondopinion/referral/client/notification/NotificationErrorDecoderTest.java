package nl.secondopinion.referral.client.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import feign.FeignException;
import feign.Request;
import feign.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationErrorDecoderTest {

	private final NotificationErrorDecoder decoder = new NotificationErrorDecoder();

	private static Response response(int status) {
		Request request = Request.create(Request.HttpMethod.POST, "http://notification/internal/events", Map.of(),
				new byte[0], StandardCharsets.UTF_8, null);
		return Response.builder().status(status).reason("x").request(request).headers(Map.of()).build();
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 422 })
	void clientErrorsAreRefusedEvents(int status) {
		assertThat(this.decoder.decode("m", response(status))).isInstanceOfSatisfying(
				NotificationRejectedException.class, (exception) -> assertThat(exception.status()).isEqualTo(status));
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 500, 502, 503 })
	void serverErrorsAndThrottlingStayFeignExceptionsTheBreakerCounts(int status) {
		assertThat(this.decoder.decode("m", response(status))).isNotInstanceOf(NotificationRejectedException.class)
			.isInstanceOf(FeignException.class);
	}

}
