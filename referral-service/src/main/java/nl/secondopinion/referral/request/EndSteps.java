package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.time.PlatformDay;

/**
 * How a request ends: closed with the patient's decision, withdrawn by the patient side,
 * or cancelled at the site.
 */
final class EndSteps {

	private EndSteps() {
	}

	static void close(SecondOpinionRequest request, Actor actor, ClosingDecision.Kind kind,
			@Nullable LocalDate careTakenOverOn, @Nullable String note, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.CLOSE);
		request.closing = ClosingDecision.of(kind, careTakenOverOn, note, actor, now, PlatformDay.of(now));
		RequestStatus from = request.move(Step.CLOSE, to, actor, kind.name(), now);
		request.queue(EventType.REQUEST_CLOSED, now, Map.of("previousStatus", from.name()),
				request.audience().patientSide().careTeam(true).consultant());
	}

	static void withdraw(SecondOpinionRequest request, Actor actor, @Nullable String why, Instant now) {
		RequestStatus from = request.move(Step.WITHDRAW, Transitions.next(request.status, Step.WITHDRAW), actor, why,
				now);
		Audience audience = request.audience().patientSide();
		switch (from) {
			case AWAITING_PATIENT_CONSENT -> audience.patient().allRepresentatives();
			case DRAFT -> {
				// Nobody but the patient side has seen a draft.
			}
			default -> {
				audience.referringDoctors();
				if (request.consultant != null) {
					audience.consultant().intakeCoordinators();
				}
			}
		}
		request.queue(EventType.REQUEST_WITHDRAWN, now, Map.of("previousStatus", from.name()), audience);
	}

	static void cancel(SecondOpinionRequest request, Actor actor, String why, Instant now) {
		RequestStatus from = request.move(Step.CANCEL, Transitions.next(request.status, Step.CANCEL), actor, why, now);
		request.queue(EventType.REQUEST_CANCELLED, now, Map.of("previousStatus", from.name()),
				request.audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

}
