package nl.secondopinion.insurance.context;

/** Assigns a consultant to a request at referral-service, with its own checks. */
public interface ConsultantAssignments {

	/**
	 * @throws AssignmentRefusedException when referral-service refuses the assignment
	 */
	void assign(String requestId, String consultantId, String mediationId);

}
