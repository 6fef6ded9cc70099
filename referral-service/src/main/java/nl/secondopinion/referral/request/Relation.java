package nl.secondopinion.referral.request;

import nl.secondopinion.support.security.Role;

/** How a caller is related to a request; decides what they may see and do. */
public enum Relation {

	PATIENT,
	/** A representative whose consent the patient confirmed. */
	REPRESENTATIVE,
	/** A representative whose request still waits for the patient. */
	PENDING_REPRESENTATIVE,
	/** The doctor under review, recognised by AGB code or id. */
	TREATING_DOCTOR,
	/** The GP the patient named. */
	NAMED_GP,
	/** Whoever issued or refused the referral. */
	REFERRER, CONSULTANT, INTAKE_COORDINATOR;

	/**
	 * The role in which the caller acts through this relation, as the timeline records
	 * it. A doctor is recorded by their role, GP or specialist, whatever their relation
	 * to the request.
	 */
	String timelineRole(Caller caller) {
		return switch (this) {
			case PATIENT -> "patient";
			case REPRESENTATIVE, PENDING_REPRESENTATIVE -> Actor.REPRESENTATIVE;
			case TREATING_DOCTOR, NAMED_GP, REFERRER -> caller.has(Role.GP) ? "gp" : "specialist";
			case CONSULTANT -> "consultant";
			case INTAKE_COORDINATOR -> "intake-coordinator";
		};
	}

}
