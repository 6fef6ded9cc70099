package nl.secondopinion.dossier.document.web;

import java.util.List;

import nl.secondopinion.dossier.document.Checklist;

/** The checklist as both the public and the internal endpoint answer it. */
record ChecklistResponse(String requestId, boolean complete, List<Missing> missing, List<Present> present) {

	record Missing(String item, String nl, String en) {

	}

	record Present(String item, List<String> documentIds) {

	}

	static ChecklistResponse of(Checklist checklist) {
		return new ChecklistResponse(checklist.requestId(), checklist.complete(),
				checklist.missing().stream().map((m) -> new Missing(m.item().name(), m.nl(), m.en())).toList(),
				checklist.present().stream().map((p) -> new Present(p.item().name(), p.documentIds())).toList());
	}

}
