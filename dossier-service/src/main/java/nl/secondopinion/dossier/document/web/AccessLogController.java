package nl.secondopinion.dossier.document.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.audit.AccessLogEntry;
import nl.secondopinion.dossier.audit.ChainVerification;
import nl.secondopinion.dossier.document.DossierService;

@RestController
@RequestMapping("/api/dossiers/{requestId}/access-log")
class AccessLogController {

	private final DossierService dossiers;

	AccessLogController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	/**
	 * The patient's view: who (name, role, organisation) did what, when, in plain words.
	 */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<LogLine> log(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		return this.dossiers.accessLog(Callers.of(jwt, request), requestId).stream().map(LogLine::of).toList();
	}

	@GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
	ChainVerification verify(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) {
		return this.dossiers.verify(Callers.of(jwt, request), requestId);
	}

	record LogLine(long seq, Instant at, Who who, String action, String outcome, Text what, @Nullable String documentId,
			@Nullable String onBehalfOf, String purpose) {

		static LogLine of(AccessLogEntry e) {
			String nl = e.username() + " (" + RoleNames.nl(e.userRole())
					+ ((e.organisation() != null) ? ", " + e.organisation() : "") + ") " + e.action().nl()
					+ outcomeNl(e.outcome().name());
			String en = e.username() + " (" + RoleNames.en(e.userRole())
					+ ((e.organisation() != null) ? ", " + e.organisation() : "") + ") " + e.action().en()
					+ outcomeEn(e.outcome().name());
			return new LogLine(e.seq(), e.at(), new Who(e.userId(), e.username(), e.userRole(), e.organisation()),
					e.action().name(), e.outcome().name(), new Text(nl, en), e.documentId(), e.onBehalfOf(),
					e.purpose());
		}

		private static String outcomeNl(String outcome) {
			return switch (outcome) {
				case "DENIED" -> " (geweigerd)";
				case "FAILED" -> " (mislukt)";
				default -> "";
			};
		}

		private static String outcomeEn(String outcome) {
			return switch (outcome) {
				case "DENIED" -> " (refused)";
				case "FAILED" -> " (failed)";
				default -> "";
			};
		}

	}

	record Who(String userId, String name, String role, @Nullable String organisation) {

	}

	record Text(String nl, String en) {

	}

}
