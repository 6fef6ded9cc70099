package nl.secondopinion.referral.request;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import static nl.secondopinion.referral.request.RequestStatus.APPOINTMENT_SCHEDULED;
import static nl.secondopinion.referral.request.RequestStatus.AWAITING_PATIENT_CONSENT;
import static nl.secondopinion.referral.request.RequestStatus.CANCELLED;
import static nl.secondopinion.referral.request.RequestStatus.CASE_ACCEPTED;
import static nl.secondopinion.referral.request.RequestStatus.CLOSED;
import static nl.secondopinion.referral.request.RequestStatus.CONSULTANT_ASSIGNED;
import static nl.secondopinion.referral.request.RequestStatus.CONSULTANT_DECLINED;
import static nl.secondopinion.referral.request.RequestStatus.CONSULTED;
import static nl.secondopinion.referral.request.RequestStatus.DRAFT;
import static nl.secondopinion.referral.request.RequestStatus.REFERRAL_REFUSED;
import static nl.secondopinion.referral.request.RequestStatus.REFERRED;
import static nl.secondopinion.referral.request.RequestStatus.REPORTED;
import static nl.secondopinion.referral.request.RequestStatus.SELF_REFERRED;
import static nl.secondopinion.referral.request.RequestStatus.SUBMITTED;
import static nl.secondopinion.referral.request.RequestStatus.TRANSFER_OF_CARE_PROPOSED;
import static nl.secondopinion.referral.request.RequestStatus.WITHDRAWN;

/**
 * The journey as an explicit table: for each status, the steps allowed from it and where
 * each one leads. Anything not in the table is illegal.
 */
public final class Transitions {

	private static final Map<RequestStatus, Map<Step, RequestStatus>> TABLE = new EnumMap<>(RequestStatus.class);

	static {
		allow(DRAFT, Step.SUBMIT, SUBMITTED);
		allow(DRAFT, Step.WITHDRAW, WITHDRAWN);
		allow(AWAITING_PATIENT_CONSENT, Step.GIVE_CONSENT, DRAFT);
		allow(AWAITING_PATIENT_CONSENT, Step.REFUSE_CONSENT, CANCELLED);
		allow(AWAITING_PATIENT_CONSENT, Step.WITHDRAW, WITHDRAWN);
		allow(SUBMITTED, Step.ISSUE_REFERRAL, REFERRED);
		allow(SUBMITTED, Step.REFUSE_REFERRAL, REFERRAL_REFUSED);
		allow(SUBMITTED, Step.SELF_REFER, SELF_REFERRED);
		allow(SUBMITTED, Step.WITHDRAW, WITHDRAWN);
		// A refusal never blocks the patient: another doctor may refer, or they go
		// without.
		allow(REFERRAL_REFUSED, Step.ISSUE_REFERRAL, REFERRED);
		allow(REFERRAL_REFUSED, Step.SELF_REFER, SELF_REFERRED);
		allow(REFERRAL_REFUSED, Step.WITHDRAW, WITHDRAWN);
		allow(REFERRED, Step.ASSIGN_CONSULTANT, CONSULTANT_ASSIGNED);
		allow(REFERRED, Step.WITHDRAW, WITHDRAWN);
		allow(SELF_REFERRED, Step.ISSUE_REFERRAL, REFERRED);
		allow(SELF_REFERRED, Step.ASSIGN_CONSULTANT, CONSULTANT_ASSIGNED);
		allow(SELF_REFERRED, Step.WITHDRAW, WITHDRAWN);
		// The consultant accepts before anything is planned, or declines with a reason.
		allow(CONSULTANT_ASSIGNED, Step.ACCEPT_CASE, CASE_ACCEPTED);
		allow(CONSULTANT_ASSIGNED, Step.DECLINE_CASE, CONSULTANT_DECLINED);
		allow(CONSULTANT_ASSIGNED, Step.CANCEL, CANCELLED);
		allow(CONSULTANT_ASSIGNED, Step.WITHDRAW, WITHDRAWN);
		allow(CONSULTANT_DECLINED, Step.ASSIGN_CONSULTANT, CONSULTANT_ASSIGNED);
		allow(CONSULTANT_DECLINED, Step.WITHDRAW, WITHDRAWN);
		allow(CASE_ACCEPTED, Step.SCHEDULE_APPOINTMENT, APPOINTMENT_SCHEDULED);
		allow(CASE_ACCEPTED, Step.CANCEL, CANCELLED);
		allow(CASE_ACCEPTED, Step.WITHDRAW, WITHDRAWN);
		allow(APPOINTMENT_SCHEDULED, Step.RECORD_CONSULTATION, CONSULTED);
		allow(APPOINTMENT_SCHEDULED, Step.CANCEL, CANCELLED);
		allow(APPOINTMENT_SCHEDULED, Step.WITHDRAW, WITHDRAWN);
		allow(CONSULTED, Step.WRITE_REPORT, REPORTED);
		allow(CONSULTED, Step.WITHDRAW, WITHDRAWN);
		allow(REPORTED, Step.PROPOSE_TRANSFER, TRANSFER_OF_CARE_PROPOSED);
		allow(REPORTED, Step.CLOSE, CLOSED);
		allow(TRANSFER_OF_CARE_PROPOSED, Step.DECIDE_TRANSFER, REPORTED);
	}

	private Transitions() {
	}

	private static void allow(RequestStatus from, Step step, RequestStatus to) {
		TABLE.computeIfAbsent(from, (status) -> new EnumMap<>(Step.class)).put(step, to);
	}

	/**
	 * Where {@code step} leads from {@code from}; refused when the table does not list
	 * it.
	 */
	public static RequestStatus next(RequestStatus from, Step step) {
		RequestStatus to = allowedFrom(from).get(step);
		if (to == null) {
			throw new IllegalTransitionException(from, step);
		}
		return to;
	}

	/** The steps allowed from a status and their target, in declaration order. */
	public static Map<Step, RequestStatus> allowedFrom(RequestStatus from) {
		Map<Step, RequestStatus> allowed = TABLE.get(from);
		return (allowed != null) ? Collections.unmodifiableMap(allowed) : Map.of();
	}

}
