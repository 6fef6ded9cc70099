package nl.secondopinion.insurance.context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The facts of a second-opinion request this service may know (referral-service's
 * least-privilege context): who the patient is, who may act for them, the referral, the
 * insurer and the facts that matter for coverage. Never the question or the report.
 */
public record RequestContext(String requestId, @Nullable String specialty, String patientId,
		List<Representative> representatives, Referral referral, @Nullable String insurerUzovi, boolean insuredAbroad) {

	public RequestContext {
		representatives = List.copyOf(representatives);
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

}
