package nl.secondopinion.referral.request;

import java.time.LocalDate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Asks the dossier service whether the dossier is complete. Implemented in the client
 * layer; when the dossier service cannot answer, the call ends the request with a 503
 * problem of its own, before anything is changed.
 */
public interface DossierChecklists {

	Checklist checklist(String requestId);

	record Checklist(boolean complete, List<Item> missing) {

		public Checklist {
			missing = List.copyOf(missing);
		}

	}

	/**
	 * One missing item and who holds it; an item the consultant asked for may bring its
	 * own due date.
	 */
	record Item(String item, String nl, String en, RecordHolder holder, @Nullable LocalDate dueDate) {

		public Item(String item, String nl, String en) {
			this(item, nl, en, RecordHolder.TREATING_DOCTOR, null);
		}

	}

}
