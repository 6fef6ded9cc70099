package nl.secondopinion.notification.client.sms;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.notification.delivery.DeliveryFailedException;
import nl.secondopinion.notification.delivery.DeliveryFailedException.Outcome;
import nl.secondopinion.support.feign.RejectedCallException;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Never a pretended success. A refused message is final; a provider that answered with an
 * error, refused the connection or is cut off by the open breaker certainly did not take
 * the message, which is retried; a call that ended without an answer (timeout, connection
 * lost) may have delivered it and is reported in doubt instead of sent twice.
 */
@Component
class SmsFallbackFactory extends ServiceFallbackFactory<SmsClient> {

	private static final Logger log = LoggerFactory.getLogger(SmsFallbackFactory.class);

	@Override
	protected SmsClient fallback(Throwable cause) {
		return (request) -> {
			throw translate(cause);
		};
	}

	static DeliveryFailedException translate(Throwable cause) {
		if (cause instanceof RejectedCallException rejected) {
			return new DeliveryFailedException(Outcome.REJECTED, "SMS provider refused, status " + rejected.status());
		}
		if (cause instanceof FeignException feign && feign.status() > 0) {
			log.warn("SMS provider answered with status {}", feign.status());
			return new DeliveryFailedException(Outcome.RETRY, "SMS provider: status " + feign.status());
		}
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		boolean withoutAnswer = cause instanceof TimeoutException || root instanceof SocketTimeoutException
				|| (root instanceof SocketException && !(root instanceof ConnectException));
		String reason = "SMS provider: " + cause.getClass().getSimpleName() + " (" + root.getClass().getSimpleName()
				+ ")";
		log.warn("SMS provider call failed: {}", reason);
		return new DeliveryFailedException(withoutAnswer ? Outcome.IN_DOUBT : Outcome.RETRY, reason);
	}

}
