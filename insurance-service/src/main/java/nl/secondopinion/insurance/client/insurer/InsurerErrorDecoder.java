package nl.secondopinion.insurance.client.insurer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * Sorts an eligibility service's error answers. Only a 404 that says "not insured" is an
 * answer about the person; any other 404 (e.g. an unknown insurer path) is a fault in our
 * configuration, so that a misrouted call never tells a patient they are not insured.
 */
class InsurerErrorDecoder implements ErrorDecoder {

	private static final int MAX_BODY = 2048;

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status == 404) {
			return body(response).contains("not-insured") ? new InsurerFailure.NotInsured()
					: new InsurerFailure.Rejected(404);
		}
		if (status >= 500 || status == 429 || status == 408) {
			return new InsurerFailure.ServerError("Status " + status);
		}
		return new InsurerFailure.Rejected(status);
	}

	private static String body(Response response) {
		if (response.body() == null) {
			return "";
		}
		try (InputStream in = response.body().asInputStream()) {
			return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
