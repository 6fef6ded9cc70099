package nl.secondopinion.notification.event;

/** The moments of a second opinion that someone must hear about. */
public enum EventType {

	REQUEST_SUBMITTED, CONSENT_REQUESTED, REFERRAL_ISSUED, REFERRAL_REFUSED, DOCUMENTS_MISSING, DOSSIER_COMPLETE,
	COVERAGE_DECIDED, COVERAGE_PENDING, CONSULTANT_ASSIGNED, APPOINTMENT_SCHEDULED, REPORT_AVAILABLE,
	TRANSFER_OF_CARE_PROPOSED, MEDIATION_PROPOSAL,
	/** The patient continues without a referral; reimbursement is unlikely. */
	SELF_REFERRED,
	/** The patient's decision about a representative's request. */
	CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN, CONSULTATION_RECORDED, TRANSFER_OF_CARE_DECIDED, REQUEST_CLOSED,
	REQUEST_WITHDRAWN, REQUEST_CANCELLED,
	/**
	 * The assigned consultant took the case; {@code triage} says whether a conversation
	 * suffices or additional diagnostics are needed.
	 */
	CONSULTANT_ACCEPTED,
	/** The consultant will not take the case; the reason stays in the request. */
	CONSULTANT_DECLINED,
	/** The patient asked for a new examination; the consultant weighs it. */
	NEW_EXAMINATION_REQUESTED,
	/** A question to the consultant after the report, and the consultant's answer. */
	FOLLOW_UP_ASKED, FOLLOW_UP_ANSWERED,
	/** Without coverage: the patient pays themselves or contacted the care-cost team. */
	COVERAGE_CHOICE_RECORDED,
	/**
	 * Checklist items asked of their holder (patient, treating doctor or GP) by a due
	 * date; a doctor is told of the legal duty to hand the data over.
	 */
	RECORDS_REQUESTED,
	/** The {@code reminder}-th reminder to the holder of items still missing. */
	RECORDS_REMINDER,
	/** Tells the patient side that the holder let the due date pass. */
	RECORDS_OVERDUE,
	/** dossier-service: a consultant asked for one additional item ({@code itemId}). */
	INFORMATION_REQUESTED,
	/** dossier-service: the patient side revoked a consultant's access to the dossier. */
	GRANT_REVOKED

}
