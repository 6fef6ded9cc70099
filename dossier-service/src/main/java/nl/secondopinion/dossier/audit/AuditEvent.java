package nl.secondopinion.dossier.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing to log (NEN 7513): who did what with which dossier and document, on whose
 * behalf, why, from where.
 *
 * @param onBehalfOf the patient a representative acts for, or the user a service acts for
 * @param purpose why the data is used, e.g. PATIENT_ACCESS, TREATMENT, SECOND_OPINION
 */
public record AuditEvent(String requestId, AuditAction action, AuditOutcome outcome, String userId, String username,
		String userRole, @Nullable String organisation, @Nullable String onBehalfOf, @Nullable String patientId,
		@Nullable String documentId, String purpose, @Nullable String sourceAddress, @Nullable String correlationId) {

}
