package nl.secondopinion.referral.request;

/** How a caller is related to a request; decides what they may see and do. */
public enum Relation {

	PATIENT("patient"),
	/** A representative whose consent the patient confirmed. */
	REPRESENTATIVE("representative"),
	/** A representative whose request still waits for the patient. */
	PENDING_REPRESENTATIVE("representative"),
	/** The doctor under review, recognised by AGB code or id. */
	TREATING_DOCTOR("doctor"),
	/** The GP the patient named. */
	NAMED_GP("gp"),
	/** Whoever issued or refused the referral. */
	REFERRER("doctor"), CONSULTANT("consultant"), INTAKE_COORDINATOR("intake-coordinator");

	private final String timelineRole;

	Relation(String timelineRole) {
		this.timelineRole = timelineRole;
	}

	String timelineRole() {
		return this.timelineRole;
	}

}
