package nl.secondopinion.dossier.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What this service knows about the case behind a dossier, as referral-service tells it:
 * who the people are and which facts decide the checklist. Never the question or report.
 *
 * @param generalPractitioner the patient's GP as the request names them
 * @param closedAt when the request was closed, withdrawn or cancelled
 */
public record CaseContext(String requestId, String status, Person patient, List<Representative> representatives,
		@Nullable Doctor treatingDoctor, @Nullable GeneralPractitioner generalPractitioner, @Nullable Referral referral,
		boolean selfReferred, @Nullable Consultant assignedConsultant, boolean withConsultant,
		@Nullable String insurerUzovi, Facts facts, @Nullable Instant closedAt) {

	private static final Set<String> FINAL_STATUSES = Set.of("CLOSED", "WITHDRAWN", "CANCELLED");

	/** Whether the case has ended: the consultant's part in it is over. */
	public boolean isFinal() {
		return this.closedAt != null || FINAL_STATUSES.contains(this.status);
	}

	/** Whether the treating doctor is the named GP: the same platform id or AGB code. */
	public boolean treatingDoctorIsGp() {
		Doctor doctor = this.treatingDoctor;
		GeneralPractitioner gp = this.generalPractitioner;
		if (doctor == null || gp == null) {
			return false;
		}
		return (doctor.userId() != null && Objects.equals(doctor.userId(), gp.userId()))
				|| (doctor.agb() != null && !doctor.agb().isBlank() && doctor.agb().equals(gp.agb()));
	}

	public record Person(String id, String username, @Nullable String locale) {

	}

	public record Representative(String id, String username, boolean consentGiven) {

	}

	/**
	 * The treating doctor, known by platform id once they have an account and acted on
	 * the case, and by AGB code from the start.
	 *
	 * @param level the care level, e.g. GENERAL_PRACTITIONER or SPECIALIST
	 */
	public record Doctor(@Nullable String userId, @Nullable String agb, @Nullable String level, @Nullable String name,
			@Nullable String institution, @Nullable String practice) {

		public boolean isGeneralPractitioner() {
			return "GENERAL_PRACTITIONER".equals(this.level);
		}

	}

	public record GeneralPractitioner(@Nullable String userId, @Nullable String agb, @Nullable String name,
			@Nullable String practice) {

	}

	public record Referral(String status, @Nullable String referrerId, @Nullable String referrerRole) {

		public boolean present() {
			return "PRESENT".equals(this.status);
		}

	}

	/**
	 * @param consultantId the directory id, what the patient chose and the request shows
	 * @param userId the consultant's platform account, null when they have none
	 */
	public record Consultant(@Nullable String consultantId, @Nullable String userId, @Nullable String institution) {

	}

	public record Facts(boolean treatedAbroad, boolean imagingDone, boolean pathologyDone, boolean operated) {

	}

}
