package nl.secondopinion.dossier.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.access.CaseContext;
import nl.secondopinion.support.time.PlatformDay;

/**
 * The checklist of a dossier today, with the configured age of a recent history letter.
 */
@Component
class Checklists {

	private final DocumentProperties properties;

	private final Clock clock;

	Checklists(DocumentProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	Checklist of(CaseContext context, Optional<Dossier> dossier) {
		return Checklist.evaluate(context, dossier.map(Dossier::documents).orElse(List.of()),
				dossier.map(Dossier::additionalItems).orElse(List.of()), today(),
				this.properties.historyLetterMaxAge());
	}

	Checklist of(CaseContext context, Dossier dossier) {
		return of(context, Optional.of(dossier));
	}

	/** Whether a history letter of this date counts as recent today. */
	boolean recent(StoredDocument document) {
		return document.type() != DocumentType.HISTORY_LETTER || (document.documentDate() != null
				&& !document.documentDate().isBefore(today().minus(this.properties.historyLetterMaxAge())));
	}

	LocalDate today() {
		return PlatformDay.today(this.clock);
	}

}
