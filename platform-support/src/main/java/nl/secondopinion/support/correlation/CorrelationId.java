package nl.secondopinion.support.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id that ties one user action together across the gateway, the services and their
 * logs.
 */
public final class CorrelationId {

	public static final String HEADER = "X-Correlation-ID";

	public static final String MDC_KEY = "correlationId";

	// Anything else from outside is replaced: the value ends up in logs and headers.
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private CorrelationId() {
	}

	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(MDC_KEY));
	}

	public static String acceptOrGenerate(String candidate) {
		if (candidate != null && ACCEPTABLE.matcher(candidate).matches()) {
			return candidate;
		}
		return UUID.randomUUID().toString();
	}

}
