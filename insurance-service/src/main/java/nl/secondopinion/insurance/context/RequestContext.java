package nl.secondopinion.insurance.context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The facts of a second-opinion request this service may know (referral-service's
 * least-privilege context): who the patient is, who may act for them, the referral, the
 * insurer as the patient stated it, the facts that matter for coverage and where the
 * request stands. Never the question or the report.
 *
 * @param treatingDoctorLevel the care level of the doctor the second opinion is about,
 * e.g. {@code GENERAL_PRACTITIONER} or {@code SPECIALIST}
 * @param assignedConsultantId the directory id of the assigned consultant, if any
 */
public record RequestContext(String requestId, @Nullable String specialty, String patientId,
		List<Representative> representatives, Referral referral, StatedInsurance insurance, boolean insuredAbroad,
		@Nullable String treatingDoctorLevel, Phase phase, @Nullable String assignedConsultantId) {

	private static final Set<String> ENDED = Set.of("CLOSED", "WITHDRAWN", "CANCELLED");

	public RequestContext {
		representatives = List.copyOf(representatives);
	}

	public @Nullable String insurerUzovi() {
		return this.insurance.uzovi();
	}

	/** Closed, withdrawn or cancelled: nothing about its coverage changes any more. */
	public boolean ended() {
		return this.phase.closedAt() != null || (this.phase.status() != null && ENDED.contains(this.phase.status()));
	}

	/** The patient, or a representative the patient gave consent to. */
	public boolean mayActForPatient(String userId) {
		return this.patientId.equals(userId) || consentingRepresentatives().contains(userId);
	}

	public List<String> consentingRepresentatives() {
		return this.representatives.stream().filter(Representative::consentGiven).map(Representative::id).toList();
	}

	/** Everybody who may read what is decided about this request. */
	public List<String> viewers() {
		return Stream.concat(Stream.of(this.patientId), consentingRepresentatives().stream()).toList();
	}

	public record Representative(String id, boolean consentGiven) {

	}

	/**
	 * @param status {@code NONE}, {@code PRESENT} or {@code REFUSED}
	 * @param referrerRole {@code gp} or {@code specialist}
	 */
	public record Referral(String status, @Nullable String referrerRole, @Nullable Instant issuedAt,
			@Nullable LocalDate validUntil) {

		public static Referral none() {
			return new Referral("NONE", null, null, null);
		}

	}

	/**
	 * The insurance as the patient stated it on the request; the insurer's eligibility
	 * service has the last word.
	 */
	public record StatedInsurance(@Nullable String uzovi, @Nullable String policyNumber,
			@Nullable String supplementaryPackage) {

		public static StatedInsurance of(@Nullable String uzovi) {
			return new StatedInsurance(uzovi, null, null);
		}

	}

	/** Where the request stands: its status, first submission and, once ended, when. */
	public record Phase(@Nullable String status, @Nullable Instant submittedAt, @Nullable Instant closedAt) {

		public static Phase unknown() {
			return new Phase(null, null, null);
		}

	}

}
