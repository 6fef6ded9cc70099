package nl.secondopinion.notification.event.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.notification.event.EventIntake;
import nl.secondopinion.notification.event.NewEvent;
import nl.secondopinion.notification.event.Recipient;
import nl.secondopinion.notification.event.RecipientGroup;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

@RestController
@SecurityRequirement(name = "bearer")
class EventController {

	private final EventIntake intake;

	EventController(EventIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/internal/events")
	@Operation(summary = "Hand over an event (services only); 202 stored, 200 already stored")
	ResponseEntity<Map<String, String>> receive(@Valid @RequestBody EventBody body) {
		List<Recipient> recipients = (body.recipients() != null)
				? body.recipients().stream().map((r) -> new Recipient(r.userId(), r.role())).toList() : List.of();
		List<RecipientGroup> groups = (body.recipientGroups() != null)
				? body.recipientGroups().stream().map(EventController::group).toList() : List.of();
		if (recipients.isEmpty() && groups.isEmpty()) {
			throw badEvent("An event needs at least one recipient or recipient group.");
		}
		boolean stored = this.intake.store(new NewEvent(body.eventId(), body.type(), body.occurredAt(), body.source(),
				body.requestId(), recipients, groups, body.data()));
		return ResponseEntity.status(stored ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(Map.of("eventId", body.eventId(), "status", stored ? "STORED" : "DUPLICATE"));
	}

	private static RecipientGroup group(EventBody.GroupBody group) {
		return switch (group.kind()) {
			case INTAKE_COORDINATORS ->
				RecipientGroup.intakeCoordinators(required(group.institution(), group, "institution"));
			case INSURER_MEDIATORS ->
				RecipientGroup.insurerMediators(required(group.uzovi(), group, "uzovi (4 digits)"));
			// Keycloak keeps user names in lower case and compares them so.
			case USERNAME ->
				RecipientGroup.user(required(group.username(), group, "username").toLowerCase(Locale.ROOT));
			case CLINICIAN -> RecipientGroup.clinician(required(group.agb(), group, "agb (8 digits)"));
		};
	}

	/** The field the group's kind uses; blank counts as missing. */
	private static String required(@Nullable String value, EventBody.GroupBody group, String field) {
		if (value == null || value.isBlank()) {
			throw badEvent("Group " + group.kind() + " needs its " + field + ".");
		}
		return value;
	}

	private static ProblemException badEvent(String detail) {
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-event", "Event not accepted", detail));
	}

}
