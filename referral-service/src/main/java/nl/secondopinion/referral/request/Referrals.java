package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.secondopinion.support.time.PlatformDay;

/**
 * The referral: issued or refused by a GP or the treating specialist, or the patient goes
 * on without.
 */
final class Referrals {

	private Referrals() {
	}

	static void issueReferral(SecondOpinionRequest request, Actor referrer, String question, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.ISSUE_REFERRAL);
		LocalDate validUntil = PlatformDay.of(now).plusMonths(Referral.VALID_MONTHS);
		request.referral = new Referral(ReferralStatus.PRESENT, referrer.user(), referrer.role(), question, null, now,
				validUntil);
		linkDoctor(request, referrer);
		request.move(Step.ISSUE_REFERRAL, to, referrer, null, now);
		request.queue(EventType.REFERRAL_ISSUED, now, Map.of("validUntil", validUntil.toString()),
				request.audience().patientSide().referringDoctors());
	}

	/**
	 * A doctor may refuse only with a weighty argument that is always substantiated
	 * (seeds 000, 004): a reason by the same measure as a substantive question, shown to
	 * the patient.
	 */
	static void refuseReferral(SecondOpinionRequest request, Actor doctor, String reason, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.REFUSE_REFERRAL);
		Question.problemWith(reason).ifPresent((problem) -> {
			throw new RuleViolationException("refusal-not-substantiated", "Refusal not substantiated",
					"A referral may only be refused with a substantiated reason: the reason " + problem + ".");
		});
		request.referral = new Referral(ReferralStatus.REFUSED, doctor.user(), doctor.role(), null, reason, now, null);
		linkDoctor(request, doctor);
		request.move(Step.REFUSE_REFERRAL, to, doctor, reason, now);
		// The reason is medical text: it stays in the request, never in the event.
		request.queue(EventType.REFERRAL_REFUSED, now, Map.of(), request.audience().patientSide().referringDoctors());
	}

	/**
	 * A doctor acting with the AGB code of the treating doctor or the named GP is that
	 * doctor: from now on they are told by id.
	 */
	static void linkDoctor(SecondOpinionRequest request, Actor doctor) {
		String agb = doctor.agb();
		if (agb == null) {
			return;
		}
		TreatingDoctor treating = request.treatingDoctor;
		if (treating != null && treating.userId() == null && agb.equals(treating.agb())) {
			request.treatingDoctor = treating.withUserId(doctor.user().id());
		}
		GeneralPractitioner gp = request.generalPractitioner;
		if (gp != null && request.generalPractitionerUserId == null && agb.equals(gp.agb())) {
			request.generalPractitionerUserId = doctor.user().id();
		}
	}

	static void selfRefer(SecondOpinionRequest request, Actor actor, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.SELF_REFER);
		request.selfReferredAt = now;
		request.move(Step.SELF_REFER, to, actor, "REIMBURSEMENT_UNLIKELY", now);
		// A referral is still welcome: the doctors who could give one hear of it too.
		request.queue(EventType.SELF_REFERRED, now, Map.of("warning", "REIMBURSEMENT_UNLIKELY"),
				request.audience().patientSide().referringDoctors());
	}

}
