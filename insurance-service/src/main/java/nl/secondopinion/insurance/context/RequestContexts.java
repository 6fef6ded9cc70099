package nl.secondopinion.insurance.context;

/** Reads a request's context from referral-service. */
public interface RequestContexts {

	/**
	 * @throws RequestNotFoundException when referral-service does not know the request
	 */
	RequestContext find(String requestId);

}
