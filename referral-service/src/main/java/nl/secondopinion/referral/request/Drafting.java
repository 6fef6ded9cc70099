package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The patient's draft and a representative's request: what is filled in, and the
 * patient's consent.
 */
final class Drafting {

	private Drafting() {
	}

	static void updateDetails(SecondOpinionRequest request, Actor actor, RequestDetails details, Instant now) {
		if (request.status != RequestStatus.DRAFT && request.status != RequestStatus.AWAITING_PATIENT_CONSENT) {
			throw new IllegalTransitionException(request.status, Step.SUBMIT);
		}
		apply(request, details);
		request.log(now, actor, "DETAILS_CHANGED", null, null, null);
	}

	static void apply(SecondOpinionRequest request, RequestDetails details) {
		if (details.specialty().isBlank()) {
			throw new IllegalArgumentException("A request needs a specialty");
		}
		request.question = details.question();
		request.reason = details.reason();
		request.specialty = details.specialty().strip();
		request.treatingDoctor = details.treatingDoctor();
		request.generalPractitioner = details.generalPractitioner();
		request.insurer = details.insurer();
		request.facts = details.facts();
		request.informTreatingDoctor = details.informTreatingDoctor();
	}

	static void decideConsent(SecondOpinionRequest request, Actor patient, String patientId, @Nullable String locale,
			boolean given, @Nullable String why, Instant now) {
		if (request.status == RequestStatus.AWAITING_PATIENT_CONSENT) {
			Step step = given ? Step.GIVE_CONSENT : Step.REFUSE_CONSENT;
			RequestStatus to = Transitions.next(request.status, step);
			request.patient = new PatientReference(patientId, request.patient.username(), locale);
			setConsent(request, given, now);
			request.move(step, to, patient, why, now);
			request.queue(given ? EventType.CONSENT_GIVEN : EventType.CONSENT_REFUSED, now, Map.of(),
					request.audience().patient().allRepresentatives());
			return;
		}
		if (request.status.isFinal() || given) {
			// Consent is given once, while awaiting; afterwards it can only be withdrawn.
			throw new IllegalTransitionException(request.status, given ? Step.GIVE_CONSENT : Step.REFUSE_CONSENT);
		}
		setConsent(request, false, now);
		request.log(now, patient, "PATIENT_CONSENT_WITHDRAWN", null, null, why);
		if (!request.representatives.isEmpty()) {
			request.queue(EventType.CONSENT_WITHDRAWN, now, Map.of(),
					request.audience().patient().allRepresentatives());
		}
	}

	static void setConsent(SecondOpinionRequest request, boolean given, Instant now) {
		request.representatives = new ArrayList<>(request.representatives.stream()
			.map((rep) -> new Representative(rep.id(), rep.username(), given, now))
			.toList());
	}

	static Map<String, String> missingForSubmission(SecondOpinionRequest request) {
		Map<String, String> missing = new LinkedHashMap<>();
		if (request.treatingDoctor == null) {
			missing.put("treatingDoctor", "is required before submitting");
		}
		if (request.insurer == null) {
			missing.put("insurer", "is required before submitting");
		}
		if (request.facts == null) {
			missing.put("facts", "is required before submitting");
		}
		return missing;
	}

}
