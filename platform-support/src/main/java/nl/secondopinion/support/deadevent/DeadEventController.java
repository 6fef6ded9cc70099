package nl.secondopinion.support.deadevent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;
import nl.secondopinion.support.security.Role;

/**
 * The platform admin's view of the events this service's receiver refused, and their
 * replay. Registered by {@link DeadEventsAutoConfiguration} under the prefix the service
 * names, so the gateway's existing route for the service reaches it.
 */
@RestController
@Tag(name = "Dead events")
@RequestMapping("/api/${" + DeadEventsAutoConfiguration.PREFIX + "}/admin/dead-events")
public class DeadEventController {

	static final int MAX_PAGE_SIZE = 200;

	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(DeadEventController.class);

	private final DeadEvents deadEvents;

	private final DeadEventSender sender;

	public DeadEventController(DeadEvents deadEvents, DeadEventSender sender) {
		this.deadEvents = deadEvents;
		this.sender = sender;
	}

	/** A dead event as an admin sees it: without the event itself, which names people. */
	public record DeadEventView(String eventId, String type, @Nullable String requestId, String source,
			DeadEvent.Reason reason, Instant refusedAt, Instant firstRefusedAt, int refusals) {

		static DeadEventView of(DeadEvent dead) {
			return new DeadEventView(dead.eventId(), dead.type(), dead.requestId(), dead.source(), dead.reason(),
					dead.refusedAt(), dead.firstRefusedAt(), dead.refusals());
		}

	}

	@GetMapping
	@Operation(summary = "Events the receiver refused, newest first",
			description = "Who may call: role platform-admin only. Each entry has the event's id, type, request "
					+ "and source service, and the reason of the latest refusal: the receiver's HTTP status and "
					+ "the type, title and detail of its problem answer when it gave one. The event's content is "
					+ "kept for a replay but never shown. page from 0, size 1 to 200 (default 50).")
	@ApiResponse(responseCode = "200", description = "The dead events, newest refusal first")
	@ApiResponse(responseCode = "400", description = "page below 0 or size outside 1 to 200")
	@ApiResponse(responseCode = "403", description = "Any role but platform-admin")
	public List<DeadEventView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @Nullable Authentication caller) {
		requireAdmin(caller);
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
					"page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + "."));
		}
		return this.deadEvents.newestFirst(page, size).stream().map(DeadEventView::of).toList();
	}

	@PostMapping("/{eventId}/replay")
	@Operation(summary = "Send a dead event again, exactly as it was first sent",
			description = "Who may call: role platform-admin only. Delivered: the event leaves the dead events "
					+ "(the receiver ignores an event id it already has). Refused again: it stays, with the new "
					+ "reason. Receiver unavailable: it stays unchanged; try again later.")
	@ApiResponse(responseCode = "200", description = "Delivered and removed from the dead events")
	@ApiResponse(responseCode = "403", description = "Any role but platform-admin")
	@ApiResponse(responseCode = "404", description = "dead-event-not-found: no dead event with this id")
	@ApiResponse(responseCode = "409",
			description = "dead-event-refused-again: refused again; receiverStatus and receiverType give the new "
					+ "reason, which the dead event now carries")
	@ApiResponse(responseCode = "503",
			description = "event-receiver-unavailable, with Retry-After: the receiver cannot be reached")
	public Map<String, String> replay(@PathVariable String eventId, @Nullable Authentication caller) {
		requireAdmin(caller);
		DeadEvent dead = this.deadEvents.find(eventId).orElseThrow(DeadEventController::notFound);
		try {
			this.sender.resend(dead.event());
		}
		catch (EventRefusedException refused) {
			this.deadEvents.park(dead.eventId(), dead.type(), dead.requestId(), refused);
			throw refusedAgain(refused);
		}
		catch (RuntimeException ex) {
			log.warn("Dead event {} of type {} not replayed, the receiver is unavailable: {}", eventId, dead.type(),
					ex.getClass().getSimpleName());
			throw unavailable();
		}
		this.deadEvents.remove(eventId);
		log.info("Dead event {} of type {} replayed and delivered", eventId, dead.type());
		return Map.of("eventId", eventId, "status", "DELIVERED");
	}

	/**
	 * The path rule in {@code ServiceSecurity} already admits admins only; this holds
	 * even in a service whose security is built otherwise.
	 */
	private static void requireAdmin(@Nullable Authentication caller) {
		boolean admin = caller != null && caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.PLATFORM_ADMIN.authority().equals(authority.getAuthority()));
		if (!admin) {
			throw new AccessDeniedException("Dead events are for platform admins only");
		}
	}

	private static ProblemException notFound() {
		return new ProblemException(ProblemTypes.problem(HttpStatus.NOT_FOUND, "dead-event-not-found",
				"Dead event not found", "There is no dead event with this id."));
	}

	private static ProblemException refusedAgain(EventRefusedException refused) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.CONFLICT, "dead-event-refused-again", "Refused again",
				"The receiver refused the event again with status " + refused.status()
						+ "; it stays a dead event with the new reason.");
		problem.setProperty("receiverStatus", refused.status());
		if (refused.problem() != null && refused.problem().type() != null) {
			problem.setProperty("receiverType", refused.problem().type());
		}
		return new ProblemException(problem);
	}

	private static ProblemException unavailable() {
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "event-receiver-unavailable",
						"Event receiver unavailable", "The receiver cannot be reached; the event stays a dead event."),
				Map.of(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds())));
	}

}
