package nl.secondopinion.notification.preference.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.notification.preference.PreferenceService;
import nl.secondopinion.notification.preference.Preferences;

@RestController
@SecurityRequirement(name = "bearer")
class PreferenceController {

	private final PreferenceService preferences;

	PreferenceController(PreferenceService preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/api/notifications/preferences")
	@Operation(summary = "The caller's channels per kind of message and language")
	PreferenceBody get(@AuthenticationPrincipal Jwt jwt) {
		return body(this.preferences.of(jwt.getSubject()));
	}

	@PutMapping("/api/notifications/preferences")
	@Operation(summary = "Set the caller's language and the channels of the kinds named (the inbox stays on)")
	PreferenceBody put(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PreferenceBody body) {
		return body(this.preferences.update(jwt.getSubject(), body.language(),
				(body.channels() != null) ? body.channels() : Map.of()));
	}

	private static PreferenceBody body(Preferences preferences) {
		return new PreferenceBody(preferences.language(), preferences.effectiveChannels());
	}

}
