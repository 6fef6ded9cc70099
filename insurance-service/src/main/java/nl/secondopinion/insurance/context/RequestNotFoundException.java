package nl.secondopinion.insurance.context;

/** No such request, or none the caller may know of: both answer the same 404. */
public class RequestNotFoundException extends RuntimeException {

	public RequestNotFoundException() {
		super("Request not found", null, false, false);
	}

}
