package nl.secondopinion.dossier.audit;

/** The access log entry could not be written: the action it logs must not happen. */
public class AuditUnavailableException extends RuntimeException {

	public AuditUnavailableException(Throwable cause) {
		super("The access log cannot be written", cause, false, false);
	}

}
