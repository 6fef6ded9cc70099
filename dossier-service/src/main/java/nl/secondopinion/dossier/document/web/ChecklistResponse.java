package nl.secondopinion.dossier.document.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.dossier.document.Checklist;

/** The checklist as both the public and the internal endpoint answer it. */
record ChecklistResponse(String requestId, boolean complete, List<Missing> missing, List<Present> present) {

	/**
	 * @param holder who must deliver it: PATIENT, TREATING_DOCTOR or GP
	 * @param requiredSince when an additional item was asked for; null for the standard
	 * items
	 * @param dueDate the date the asker set for an additional item
	 */
	record Missing(String item, String nl, String en, String holder, @Nullable Instant requiredSince,
			@Nullable LocalDate dueDate) {

	}

	record Present(String item, List<String> documentIds) {

	}

	static ChecklistResponse of(Checklist checklist) {
		return new ChecklistResponse(checklist.requestId(), checklist.complete(), checklist.missing()
			.stream()
			.map((m) -> new Missing(m.item(), m.nl(), m.en(), m.holder().name(), m.requiredSince(), m.dueDate()))
			.toList(), checklist.present().stream().map((p) -> new Present(p.item(), p.documentIds())).toList());
	}

}
