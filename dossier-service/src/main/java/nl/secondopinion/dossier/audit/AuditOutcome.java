package nl.secondopinion.dossier.audit;

public enum AuditOutcome {

	SUCCESS, DENIED, FAILED

}
