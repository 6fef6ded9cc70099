package nl.secondopinion.referral.request;

import java.util.List;

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

	record Item(String item, String nl, String en) {

	}

}
