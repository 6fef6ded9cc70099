package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.AssignedConsultant;
import nl.secondopinion.referral.request.ClinicalFacts;
import nl.secondopinion.referral.request.InsurerReference;
import nl.secondopinion.referral.request.Referral;
import nl.secondopinion.referral.request.ReferralStatus;
import nl.secondopinion.referral.request.RequestStatus;
import nl.secondopinion.referral.request.SecondOpinionRequest;
import nl.secondopinion.referral.request.TreatingDoctor;

/**
 * What other services learn about a request: who is involved and the facts their rules
 * need. Never the question or the report (least privilege).
 */
record ContextResponse(String requestId, RequestStatus status, String specialty, Patient patient,
		List<Representative> representatives, @Nullable Doctor treatingDoctor, ReferralContext referral,
		boolean selfReferred, @Nullable Consultant assignedConsultant, boolean withConsultant,
		@Nullable Insurer insurer, @Nullable Facts facts) {

	record Patient(@Nullable String id, String username, @Nullable String locale) {

	}

	record Representative(String id, String username, boolean consentGiven) {

	}

	record Doctor(@Nullable String userId, String name, String level, String specialty, @Nullable String institution,
			@Nullable String practice, @Nullable String agb) {

	}

	record ReferralContext(ReferralStatus status, @Nullable String referrerId, @Nullable String referrerRole,
			@Nullable Instant issuedAt, @Nullable LocalDate validUntil) {

	}

	record Consultant(@Nullable String userId, String institution) {

	}

	record Insurer(String uzovi, @Nullable String policyNumber) {

	}

	record Facts(boolean treatedAbroad, boolean imagingDone, boolean pathologyDone, boolean operated,
			boolean insuredAbroad) {

	}

	static ContextResponse of(SecondOpinionRequest request) {
		TreatingDoctor doctor = request.treatingDoctor();
		Referral referral = request.referral();
		AssignedConsultant consultant = request.consultant();
		InsurerReference insurer = request.insurer();
		ClinicalFacts facts = request.facts();
		return new ContextResponse(request.id(), request.status(), request.specialty(),
				new Patient(request.patient().id(), request.patient().username(), request.patient().locale()),
				request.representatives()
					.stream()
					.map((rep) -> new Representative(rep.id(), rep.username(), rep.consentGiven()))
					.toList(),
				(doctor != null) ? new Doctor(doctor.userId(), doctor.name(), doctor.level().name(), doctor.specialty(),
						doctor.institution(), doctor.practice(), doctor.agb()) : null,
				(referral != null)
						? new ReferralContext(referral.status(), referral.by().id(), referral.byRole(),
								referral.decidedAt(), referral.validUntil())
						: new ReferralContext(ReferralStatus.NONE, null, null, null, null),
				request.selfReferred(),
				(consultant != null) ? new Consultant(consultant.userId(), consultant.institution()) : null,
				request.isWithConsultant(),
				(insurer != null) ? new Insurer(insurer.uzovi(), insurer.policyNumber()) : null,
				(facts != null) ? new Facts(facts.treatedAbroad(), facts.imagingDone(), facts.pathologyDone(),
						facts.operated(), facts.insuredAbroad()) : null);
	}

}
