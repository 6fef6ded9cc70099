package nl.secondopinion.referral.request.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.InsurerReference;
import nl.secondopinion.referral.request.Reason;
import nl.secondopinion.referral.request.RequestStatus;
import nl.secondopinion.referral.request.SecondOpinionRequest;

record RequestResponse(String id, RequestStatus status, String question, Reason reason, String specialty,
		@Nullable Insurer insurer, Instant createdAt, String owner) {

	record Insurer(String uzovi, @Nullable String policyNumber) {

	}

	static RequestResponse of(SecondOpinionRequest request) {
		InsurerReference insurer = request.insurer();
		return new RequestResponse(request.id(), request.status(), request.question().text(), request.reason(),
				request.specialty(), (insurer != null) ? new Insurer(insurer.uzovi(), insurer.policyNumber()) : null,
				request.createdAt(), request.owner().username());
	}

}
