package nl.secondopinion.insurance.mediation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

public record Proposal(String proposalId, List<ProposedConsultant> consultants, @Nullable String note,
		String mediatorId, Instant proposedAt) {

	public Proposal {
		consultants = List.copyOf(consultants);
	}

}
