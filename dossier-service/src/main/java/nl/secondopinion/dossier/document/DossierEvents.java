package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.dossier.access.CaseContext;
import nl.secondopinion.dossier.events.PendingEvent;
import nl.secondopinion.dossier.events.PendingEvent.Recipient;
import nl.secondopinion.dossier.events.PendingEvent.RecipientGroup;

/**
 * The events a dossier change causes, with their audience. Data holds codes, ids and
 * dates only: never a title, file name or other medical text.
 */
final class DossierEvents {

	private DossierEvents() {
	}

	/** DOCUMENTS_MISSING or DOSSIER_COMPLETE, to everybody working on the case. */
	static PendingEvent checklistChanged(String requestId, Checklist checklist, CaseContext context, Instant now) {
		List<Recipient> recipients = patientSide(context);
		CaseContext.Referral referral = context.referral();
		if (referral != null && referral.referrerId() != null) {
			recipients.add(new Recipient(referral.referrerId(),
					(referral.referrerRole() != null) ? referral.referrerRole() : "gp"));
		}
		List<RecipientGroup> groups = new ArrayList<>();
		CaseContext.Consultant consultant = context.assignedConsultant();
		if (consultant != null) {
			if (consultant.userId() != null) {
				recipients.add(new Recipient(consultant.userId(), "consultant"));
			}
			if (consultant.institution() != null) {
				groups.add(RecipientGroup.intakeCoordinators(consultant.institution()));
			}
		}
		return event(checklist.complete() ? "DOSSIER_COMPLETE" : "DOCUMENTS_MISSING", now, requestId, recipients,
				groups, checklist.missingItems(), null);
	}

	/** GRANT_REVOKED, to the consultant whose access ended. */
	static PendingEvent grantRevoked(String requestId, Grant grant, Instant now) {
		return event("GRANT_REVOKED", now, requestId, List.of(new Recipient(grant.userId(), "consultant")), List.of(),
				List.of(), Map.of("grantId", grant.id()));
	}

	/**
	 * INFORMATION_REQUESTED, to the holder and the patient side: a doctor by platform id
	 * when known, else as the clinician with the AGB code.
	 */
	static PendingEvent informationRequested(String requestId, AdditionalItem item, CaseContext context, Instant now) {
		List<Recipient> recipients = patientSide(context);
		List<RecipientGroup> groups = new ArrayList<>();
		CaseContext.Doctor doctor = context.treatingDoctor();
		CaseContext.GeneralPractitioner gp = context.generalPractitioner();
		if (item.holder() == Holder.TREATING_DOCTOR && doctor != null) {
			address(doctor.userId(), doctor.isGeneralPractitioner() ? "gp" : "specialist", doctor.agb(), recipients,
					groups);
		}
		if (item.holder() == Holder.GP && gp != null) {
			address(gp.userId(), "gp", gp.agb(), recipients, groups);
		}
		Map<String, String> data = new LinkedHashMap<>();
		data.put("itemId", item.code());
		data.put("holder", item.holder().name());
		if (item.dueDate() != null) {
			data.put("dueDate", item.dueDate().toString());
		}
		return event("INFORMATION_REQUESTED", now, requestId, recipients, groups, List.of(), data);
	}

	private static void address(@Nullable String userId, String role, @Nullable String agb, List<Recipient> recipients,
			List<RecipientGroup> groups) {
		if (userId != null && !userId.isBlank()) {
			recipients.add(new Recipient(userId, role));
		}
		else if (agb != null) {
			groups.add(RecipientGroup.clinician(agb));
		}
	}

	/** The patient and the representatives with consent. */
	private static List<Recipient> patientSide(CaseContext context) {
		List<Recipient> recipients = new ArrayList<>();
		if (!context.patient().id().isBlank()) {
			recipients.add(new Recipient(context.patient().id(), "patient"));
		}
		context.representatives()
			.stream()
			.filter(CaseContext.Representative::consentGiven)
			.forEach((rep) -> recipients.add(new Recipient(rep.id(), "representative")));
		return recipients;
	}

	private static PendingEvent event(String type, Instant now, String requestId, List<Recipient> recipients,
			List<RecipientGroup> groups, List<String> missingItems, @Nullable Map<String, String> data) {
		return new PendingEvent(UUID.randomUUID().toString(), type, now, requestId, List.copyOf(recipients),
				List.copyOf(groups), List.copyOf(missingItems), (data != null) ? Map.copyOf(data) : null);
	}

}
