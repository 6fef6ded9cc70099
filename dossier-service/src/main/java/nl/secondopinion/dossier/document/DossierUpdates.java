package nl.secondopinion.dossier.document;

import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.storage.DataKeys;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Every write to a dossier: opened once with its own data key, then changed by reading,
 * changing and saving, again on top of a concurrent change (optimistic locking).
 */
@Component
class DossierUpdates {

	private static final int SAVE_ATTEMPTS = 8;

	private final Dossiers dossiers;

	private final DataKeys keys;

	private final Clock clock;

	DossierUpdates(Dossiers dossiers, DataKeys keys, Clock clock) {
		this.dossiers = dossiers;
		this.keys = keys;
		this.clock = clock;
	}

	/** The dossier of a request, created on first use; a concurrent creation wins. */
	Dossier open(String requestId) {
		try {
			return this.dossiers
				.insert(new Dossier(requestId, this.keys.newWrappedKey(requestId), this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			return this.dossiers.findById(requestId).orElseThrow();
		}
	}

	/** Applies a change to the stored dossier and saves it; 404 without a dossier. */
	Dossier change(String requestId, Consumer<Dossier> change) {
		for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
			Dossier dossier = this.dossiers.findById(requestId).orElseThrow(DossierGuard::notFound);
			change.accept(dossier);
			try {
				return this.dossiers.save(dossier);
			}
			catch (OptimisticLockingFailureException ex) {
				// Someone changed the dossier meanwhile: apply the change on top.
			}
		}
		throw new ProblemException(ProblemTypes.problem(HttpStatus.CONFLICT, "dossier-busy", "Dossier busy",
				"The dossier changed too often at the same moment. Please try again."));
	}

}
