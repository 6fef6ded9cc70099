package nl.secondopinion.dossier.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What this service knows about the case behind a dossier, as referral-service tells it:
 * who the people are and which facts decide the checklist. Never the question or report.
 */
public record CaseContext(String requestId, String status, Person patient, List<Representative> representatives,
		@Nullable Doctor treatingDoctor, @Nullable Referral referral, boolean selfReferred,
		@Nullable Consultant assignedConsultant, boolean withConsultant, @Nullable String insurerUzovi, Facts facts) {

	public record Person(String id, String username, @Nullable String locale) {

	}

	public record Representative(String id, String username, boolean consentGiven) {

	}

	public record Doctor(String userId, @Nullable String name, @Nullable String institution,
			@Nullable String practice) {

	}

	public record Referral(String status, @Nullable String referrerId, @Nullable String referrerRole) {

		public boolean present() {
			return "PRESENT".equals(this.status);
		}

	}

	public record Consultant(String userId, @Nullable String institution) {

	}

	public record Facts(boolean treatedAbroad, boolean imagingDone, boolean pathologyDone, boolean operated) {

	}

}
