package nl.secondopinion.referral.client.insurance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import feign.Response;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * Sorts insurance-service's error answers: a 404 means there is nothing to answer about
 * (no check), a 422 {@code unknown-insurer} that the request names an insurer it does not
 * know, other 4xx are our own faults the circuit breaker ignores, and 5xx, 408 and 429
 * are left to Feign's default and counted.
 */
class InsuranceErrorDecoder extends ServiceErrorDecoder {

	private static final Pattern UNKNOWN_INSURER = Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*/unknown-insurer\"");

	private static final Pattern UZOVI = Pattern.compile("\"uzovi\"\\s*:\\s*\"(\\d{4})\"");

	// A problem body is small; more is not read.
	private static final int MAX_PROBLEM_BYTES = 4096;

	InsuranceErrorDecoder() {
		super(InsurerNotFoundException::new, InsuranceRejectedCallException::new);
	}

	@Override
	public Exception decode(String methodKey, Response response) {
		if (response.status() == 422) {
			String body = problemBody(response);
			if (UNKNOWN_INSURER.matcher(body).find()) {
				Matcher uzovi = UZOVI.matcher(body);
				return new UnknownInsurerAnswer(uzovi.find() ? uzovi.group(1) : "");
			}
		}
		return super.decode(methodKey, response);
	}

	private static String problemBody(Response response) {
		if (response.body() == null) {
			return "";
		}
		try (InputStream in = response.body().asInputStream()) {
			return new String(in.readNBytes(MAX_PROBLEM_BYTES), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
