package nl.secondopinion.dossier.document.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.document.DossierService;
import nl.secondopinion.dossier.document.Grant;

@RestController
@RequestMapping("/api/dossiers/{requestId}/grants")
class GrantController {

	private final DossierService dossiers;

	private final Clock clock;

	GrantController(DossierService dossiers, Clock clock) {
		this.dossiers = dossiers;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<GrantResponse> grant(@PathVariable String requestId, @Valid @RequestBody GrantBody body,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		Grant grant = this.dossiers.grant(Callers.of(jwt, request), requestId, body.consultantId(), body.validUntil());
		return ResponseEntity.created(URI.create("/api/dossiers/" + requestId + "/grants/" + grant.id()))
			.body(GrantResponse.of(grant, this.clock.instant()));
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<GrantResponse> grants(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) {
		Instant now = this.clock.instant();
		return this.dossiers.grants(Callers.of(jwt, request), requestId)
			.stream()
			.map((grant) -> GrantResponse.of(grant, now))
			.toList();
	}

	@DeleteMapping("/{grantId}")
	ResponseEntity<Void> revoke(@PathVariable String requestId, @PathVariable String grantId,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		this.dossiers.revoke(Callers.of(jwt, request), requestId, grantId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param consultantId the directory id of the case's assigned consultant, as the
	 * request shows it ({@code consultant.id}, e.g. {@code c-bakker}); anyone else is
	 * refused with 422
	 * @param validUntil last day (Dutch time) the grant is valid; access ends earlier
	 * when the case is closed, withdrawn or cancelled
	 */
	record GrantBody(@NotBlank String consultantId, @NotNull LocalDate validUntil) {

	}

	/**
	 * @param consultantId the consultant's directory id
	 * @param consultantUserId the consultant's platform account the grant lets in
	 */
	record GrantResponse(String id, String consultantId, String consultantUserId, LocalDate validUntil,
			String grantedBy, Instant grantedAt, @Nullable Instant revokedAt, boolean active) {

		static GrantResponse of(Grant grant, Instant now) {
			return new GrantResponse(grant.id(), grant.consultantId(), grant.userId(), grant.validUntil(),
					grant.grantedBy(), grant.grantedAt(), grant.revokedAt(), grant.validAt(now));
		}

	}

}
