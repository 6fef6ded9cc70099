package nl.secondopinion.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTest {

	@Test
	void whenConnectionIsRefused_thenBadGateway() {
		assertThat(FailureClassifier.statusFor(new ConnectException("Connection refused")))
			.isEqualTo(HttpStatus.BAD_GATEWAY);
	}

	@Test
	void whenConnectTimesOut_thenServiceUnavailable() {
		assertThat(FailureClassifier.statusFor(new ConnectTimeoutException("connection timed out")))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void whenHostIsUnknownOrUnreachable_thenServiceUnavailable() {
		assertThat(FailureClassifier.statusFor(new UnknownHostException("dossier-service")))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(FailureClassifier.statusFor(new NoRouteToHostException("no route")))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void whenCauseIsWrapped_thenTheCauseDecides() {
		RuntimeException wrapped = new IllegalStateException("outer", new ConnectException("Connection refused"));
		assertThat(FailureClassifier.statusFor(wrapped)).isEqualTo(HttpStatus.BAD_GATEWAY);
	}

	@Test
	void whenResponseIsCutOff_thenBadGateway() {
		assertThat(FailureClassifier.statusFor(new IOException("Connection prematurely closed")))
			.isEqualTo(HttpStatus.BAD_GATEWAY);
	}

	@Test
	void whenResponseTimesOut_thenGatewayTimeout() {
		assertThat(FailureClassifier.statusFor(new TimeoutException())).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
		assertThat(FailureClassifier.statusFor(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)))
			.isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
	}

	@Test
	void whenStatusIsCarried_thenItIsKept() {
		assertThat(FailureClassifier.statusFor(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(FailureClassifier.statusFor(HttpClientErrorException.create(HttpStatus.TOO_MANY_REQUESTS,
				"Too Many Requests", new HttpHeaders(), null, null)))
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void whenFailureIsUnknown_thenInternalError() {
		assertThat(FailureClassifier.statusFor(new IllegalArgumentException("bug")))
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
