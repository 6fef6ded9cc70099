package nl.secondopinion.dossier.document.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.document.Dossier;
import nl.secondopinion.dossier.document.DossierService;

/**
 * Retention (WGBO, 20 years after the last change), destruction on request, legal hold.
 */
@RestController
class RetentionController {

	private final DossierService dossiers;

	RetentionController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@PostMapping(path = "/api/dossiers/{requestId}/destruction-request", produces = MediaType.APPLICATION_JSON_VALUE)
	RetentionResponse requestDestruction(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) {
		return RetentionResponse.of(this.dossiers.requestDestruction(Callers.of(jwt, request), requestId));
	}

	@PutMapping(path = "/api/dossiers/{requestId}/legal-hold", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	RetentionResponse legalHold(@PathVariable String requestId, @RequestBody LegalHoldBody body,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		return RetentionResponse.of(this.dossiers.legalHold(Callers.of(jwt, request), requestId, body.hold()));
	}

	record LegalHoldBody(boolean hold) {

	}

	record RetentionResponse(String requestId, LocalDate retainUntil, boolean legalHold,
			@Nullable Instant destructionRequestedAt, @Nullable Instant destroyedAt) {

		static RetentionResponse of(Dossier dossier) {
			return new RetentionResponse(dossier.requestId(), dossier.retainUntil(), dossier.legalHold(),
					dossier.destructionRequestedAt(), dossier.destroyedAt());
		}

	}

}
