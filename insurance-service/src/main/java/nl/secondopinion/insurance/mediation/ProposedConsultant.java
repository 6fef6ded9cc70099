package nl.secondopinion.insurance.mediation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A consultant as the directory listed them when proposed, with the waiting time then.
 */
public record ProposedConsultant(String consultantId, String name, @Nullable String institution,
		@Nullable Integer waitingWeeks, List<String> languages) {

	public ProposedConsultant {
		languages = List.copyOf(languages);
	}

}
