package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.AssignedConsultant;
import nl.secondopinion.referral.request.CaseClock;
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
		List<Representative> representatives, @Nullable Doctor treatingDoctor, boolean informTreatingDoctor,
		@Nullable GeneralPractitioner generalPractitioner, ReferralContext referral, boolean selfReferred,
		@Nullable Consultant assignedConsultant, boolean withConsultant, @Nullable Insurer insurer,
		@Nullable Facts facts, @Nullable Instant submittedAt, @Nullable Instant closedAt, CaseClock clock) {

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

	record GeneralPractitioner(@Nullable String userId, String name, @Nullable String agb, @Nullable String practice) {

	}

	/**
	 * @param consultantId the directory id (what the patient chose, what a grant names)
	 * @param userId the consultant's platform id, when they have an account
	 * @param accepted whether the consultant took the case on
	 */
	record Consultant(String consultantId, @Nullable String userId, String name, String institution, boolean accepted) {

	}

	record Insurer(String uzovi, @Nullable String policyNumber, @Nullable String supplementaryPackage) {

	}

	record Facts(boolean treatedAbroad, boolean imagingDone, boolean pathologyDone, boolean operated,
			boolean insuredAbroad) {

	}

	static ContextResponse of(SecondOpinionRequest request, CaseClock clock) {
		nl.secondopinion.referral.request.GeneralPractitioner gp = request.generalPractitioner();
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
				(doctor != null)
						? new Doctor(doctor.userId(), doctor.name(), doctor.level().name(), doctor.specialty(),
								doctor.institution(), doctor.practice(), doctor.agb())
						: null,
				request.informTreatingDoctor(),
				(gp != null) ? new GeneralPractitioner(request.generalPractitionerUserId(), gp.name(), gp.agb(),
						gp.practice()) : null,
				(referral != null)
						? new ReferralContext(referral.status(), referral.by().id(), referral.byRole(),
								referral.decidedAt(), referral.validUntil())
						: new ReferralContext(ReferralStatus.NONE, null, null, null, null),
				request.selfReferred(),
				(consultant != null) ? new Consultant(consultant.consultantId(), consultant.userId(), consultant.name(),
						consultant.institution(), request.acceptance() != null) : null,
				request.isWithConsultant(),
				(insurer != null) ? new Insurer(insurer.uzovi(), insurer.policyNumber(), insurer.supplementaryPackage())
						: null,
				(facts != null) ? new Facts(facts.treatedAbroad(), facts.imagingDone(), facts.pathologyDone(),
						facts.operated(), facts.insuredAbroad()) : null,
				request.submittedAt(), request.closedAt(), clock);
	}

}
