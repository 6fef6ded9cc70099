package nl.secondopinion.dossier.document;

/**
 * A grant that would give nobody access, or the wrong person: refused, nothing stored.
 * The web layer answers 422 with a sentence per reason.
 */
public class GrantRefusedException extends RuntimeException {

	private final Reason reason;

	public GrantRefusedException(Reason reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public enum Reason {

		/** The end date lies before today. */
		END_DATE_PASSED,
		/**
		 * The case is closed, withdrawn or cancelled: no consultant reads it any more.
		 */
		CASE_CLOSED,
		/** No consultant is assigned to the case yet. */
		NO_CONSULTANT_ASSIGNED,
		/** The grant names someone other than the assigned consultant. */
		NOT_ASSIGNED_CONSULTANT,
		/** The assigned consultant has no platform account to sign in with. */
		CONSULTANT_WITHOUT_ACCOUNT

	}

}
