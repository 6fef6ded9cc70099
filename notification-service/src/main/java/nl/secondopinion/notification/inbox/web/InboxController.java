package nl.secondopinion.notification.inbox.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.notification.inbox.Inbox;
import nl.secondopinion.notification.inbox.InboxEntry;
import nl.secondopinion.notification.preference.PreferenceService;
import nl.secondopinion.notification.template.Language;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

@RestController
@SecurityRequirement(name = "bearer")
class InboxController {

	private final Inbox inbox;

	private final PreferenceService preferences;

	InboxController(Inbox inbox, PreferenceService preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
	}

	@GetMapping("/api/notifications")
	@Operation(summary = "The caller's inbox, newest first, in the caller's language")
	List<InboxEntry> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		Language language = this.preferences.language(jwt.getSubject(), jwt.getClaimAsString("locale"));
		return this.inbox.entries(jwt.getSubject(), language, page, size);
	}

	@GetMapping("/api/notifications/unread-count")
	@Operation(summary = "How many of the caller's entries are unread")
	Map<String, Long> unread(@AuthenticationPrincipal Jwt jwt) {
		return Map.of("unread", this.inbox.unread(jwt.getSubject()));
	}

	@PostMapping("/api/notifications/{id}/read")
	@Operation(summary = "Mark one of the caller's own entries read (204; 404 for any other id)")
	ResponseEntity<Void> read(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		if (!this.inbox.markRead(jwt.getSubject(), id)) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.NOT_FOUND, "notification-not-found",
					"Notification not found", "You have no notification with this id."));
		}
		return ResponseEntity.noContent().build();
	}

}
