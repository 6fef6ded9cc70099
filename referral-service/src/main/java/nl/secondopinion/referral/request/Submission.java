package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sending the request, and recognising a repeat request or a third opinion. */
final class Submission {

	private Submission() {
	}

	static void submit(SecondOpinionRequest request, Actor actor, List<SecondOpinionRequest> earlier, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.SUBMIT);
		Map<String, String> missing = Drafting.missingForSubmission(request);
		if (!missing.isEmpty()) {
			throw new RequestIncompleteException(missing);
		}
		List<SecondOpinionRequest> same = earlier.stream()
			.filter((other) -> !other.id.equals(request.id) && isAboutTheSameAs(other, request))
			.toList();
		request.repeatRequest = !same.isEmpty();
		request.thirdOpinion = same.stream().anyMatch((other) -> other.report != null);
		request.earlierRequestIds = new ArrayList<>(same.stream().map(SecondOpinionRequest::id).toList());
		if (request.submittedAt == null) {
			request.submittedAt = now;
		}
		request.move(Step.SUBMIT, to, actor, null, now);
		request.queue(
				EventType.REQUEST_SUBMITTED, now, Map.of("repeatRequest", Boolean.toString(request.repeatRequest),
						"thirdOpinion", Boolean.toString(request.thirdOpinion)),
				request.audience().patientSide().referringDoctors());
	}

	static boolean isAboutTheSameAs(SecondOpinionRequest request, SecondOpinionRequest other) {
		if (request.status == RequestStatus.DRAFT || request.status == RequestStatus.AWAITING_PATIENT_CONSENT
				|| request.treatingDoctor == null || other.treatingDoctor == null) {
			return false;
		}
		TreatingDoctor mine = request.treatingDoctor;
		TreatingDoctor theirs = other.treatingDoctor;
		boolean sameDoctor = (mine.agb() != null && theirs.agb() != null) ? mine.agb().equals(theirs.agb())
				: normalize(mine.name()).equals(normalize(theirs.name()));
		return sameDoctor && request.specialty.equals(other.specialty);
	}

	static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
