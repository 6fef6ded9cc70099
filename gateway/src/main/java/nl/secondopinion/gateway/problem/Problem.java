package nl.secondopinion.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * The body of every error the gateway answers itself (RFC 9457). Fields are declared in
 * the order a reader expects them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable String correlationId) {

	public static final String TYPE_BASE = "https://secondopinion.nl/problems/";

	public static Problem of(HttpStatusCode status, @Nullable String correlationId) {
		ProblemCatalog.Entry entry = ProblemCatalog.entryFor(status);
		return new Problem(TYPE_BASE + entry.slug(), entry.title(), status.value(), entry.detail(), correlationId);
	}

}
