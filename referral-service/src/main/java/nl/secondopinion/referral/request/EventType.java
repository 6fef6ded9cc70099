package nl.secondopinion.referral.request;

/** The event types of the notification contract that this service produces. */
public enum EventType {

	REQUEST_SUBMITTED, CONSENT_REQUESTED, REFERRAL_ISSUED, REFERRAL_REFUSED, CONSULTANT_ASSIGNED, APPOINTMENT_SCHEDULED,
	REPORT_AVAILABLE, TRANSFER_OF_CARE_PROPOSED

}
