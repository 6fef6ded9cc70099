package nl.secondopinion.dossier.document.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.document.DossierService;

@RestController
class ChecklistController {

	private final DossierService dossiers;

	ChecklistController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping(path = "/api/dossiers/{requestId}/checklist", produces = MediaType.APPLICATION_JSON_VALUE)
	ChecklistResponse checklist(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) {
		return ChecklistResponse.of(this.dossiers.checklist(Callers.of(jwt, request), requestId));
	}

	/** For other services (role platform-service, see SecurityConfig). */
	@GetMapping(path = "/internal/dossiers/{requestId}/checklist", produces = MediaType.APPLICATION_JSON_VALUE)
	ChecklistResponse internalChecklist(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) {
		return ChecklistResponse.of(this.dossiers.checklist(Callers.of(jwt, request), requestId));
	}

}
