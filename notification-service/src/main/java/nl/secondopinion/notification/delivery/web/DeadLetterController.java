package nl.secondopinion.notification.delivery.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.notification.delivery.DeadLetters;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/** Platform admins only (see the security configuration). */
@RestController
@SecurityRequirement(name = "bearer")
class DeadLetterController {

	private final DeadLetters deadLetters;

	DeadLetterController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping("/api/notifications/admin/dead-letters")
	@Operation(summary = "Deliveries given up or in doubt, newest first (platform admin)")
	List<DeliveryView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return this.deadLetters.list(page, size).stream().map(DeliveryView::of).toList();
	}

	@GetMapping("/api/notifications/admin/deliveries/{id}")
	@Operation(summary = "One delivery with its status (platform admin)")
	DeliveryView one(@PathVariable String id) {
		return this.deadLetters.find(id).map(DeliveryView::of).orElseThrow(DeadLetterController::notFound);
	}

	@GetMapping("/api/notifications/admin/events/{eventId}/deliveries")
	@Operation(summary = "Status per recipient and channel of one event (platform admin)")
	List<DeliveryView> ofEvent(@PathVariable String eventId) {
		return this.deadLetters.ofEvent(eventId).stream().map(DeliveryView::of).toList();
	}

	@PostMapping("/api/notifications/admin/dead-letters/{id}/replay")
	@Operation(summary = "Send a dead letter again (platform admin): 202, 404 unknown, 409 not a dead letter")
	ResponseEntity<Map<String, String>> replay(@PathVariable String id) {
		return switch (this.deadLetters.replay(id)) {
			case REPLAYED -> ResponseEntity.accepted().body(Map.of("id", id, "status", "PENDING"));
			case NOT_DEAD -> throw new ProblemException(ProblemTypes.problem(HttpStatus.CONFLICT, "not-a-dead-letter",
					"Not a dead letter", "Only dead letters can be replayed."));
			case UNKNOWN -> throw notFound();
		};
	}

	@GetMapping("/api/notifications/admin/dead-events")
	@Operation(summary = "Events whose recipients could not be looked up, newest first (platform admin)")
	List<DeadEventView> deadEvents(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return this.deadLetters.deadEvents(page, size).stream().map(DeadEventView::of).toList();
	}

	@GetMapping("/api/notifications/admin/events/{eventId}")
	@Operation(summary = "One event with its dispatch state (platform admin)")
	DeadEventView event(@PathVariable String eventId) {
		return this.deadLetters.findEvent(eventId)
			.map(DeadEventView::of)
			.orElseThrow(DeadLetterController::eventNotFound);
	}

	@PostMapping("/api/notifications/admin/dead-events/{eventId}/replay")
	@Operation(summary = "Dispatch a dead event again (platform admin): 202, 404 unknown, 409 not a dead letter")
	ResponseEntity<Map<String, String>> replayEvent(@PathVariable String eventId) {
		return switch (this.deadLetters.replayEvent(eventId)) {
			case REPLAYED -> ResponseEntity.accepted().body(Map.of("eventId", eventId, "status", "RECEIVED"));
			case NOT_DEAD -> throw new ProblemException(ProblemTypes.problem(HttpStatus.CONFLICT, "not-a-dead-letter",
					"Not a dead letter", "Only dead events can be replayed."));
			case UNKNOWN -> throw eventNotFound();
		};
	}

	private static ProblemException eventNotFound() {
		return new ProblemException(ProblemTypes.problem(HttpStatus.NOT_FOUND, "event-not-found", "Event not found",
				"There is no event with this id."));
	}

	private static ProblemException notFound() {
		return new ProblemException(ProblemTypes.problem(HttpStatus.NOT_FOUND, "delivery-not-found",
				"Delivery not found", "There is no delivery with this id."));
	}

}
