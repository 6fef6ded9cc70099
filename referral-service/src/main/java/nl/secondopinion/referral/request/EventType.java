package nl.secondopinion.referral.request;

/**
 * The event types of the notification contract that this service produces: one per change
 * of a request's status or of the patient's consent.
 */
public enum EventType {

	REQUEST_SUBMITTED, CONSENT_REQUESTED, CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN, REFERRAL_ISSUED,
	REFERRAL_REFUSED, SELF_REFERRED, CONSULTANT_ASSIGNED, APPOINTMENT_SCHEDULED, CONSULTATION_RECORDED,
	REPORT_AVAILABLE, TRANSFER_OF_CARE_PROPOSED, TRANSFER_OF_CARE_DECIDED, REQUEST_CLOSED, REQUEST_WITHDRAWN,
	REQUEST_CANCELLED

}
