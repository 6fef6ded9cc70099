package nl.secondopinion.insurance.context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The facts of a second-opinion request this service may know (referral-service's
 * least-privilege context): who the patient is, who may act for them, the referral, the
 * insurer and the facts that matter for coverage. Never the question or the report.
 */
public record RequestContext(String requestId, String status, @Nullable String specialty, Person patient,
		List<Representative> representatives, Referral referral, @Nullable String insurerUzovi, boolean insuredAbroad) {

	public RequestContext {
		representatives = List.copyOf(representatives);
	}

	/** The patient, or a representative the patient gave consent to. */
	public boolean mayActForPatient(String userId) {
		return this.patient.id().equals(userId) || consentingRepresentatives().contains(userId);
	}

	public List<String> consentingRepresentatives() {
		return this.representatives.stream().filter(Representative::consentGiven).map(Representative::id).toList();
	}

	/** Everybody who may read what is decided about this request. */
	public List<String> viewers() {
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(this.patient.id()), consentingRepresentatives().stream())
			.toList();
	}

	public record Person(String id, @Nullable String username, @Nullable String locale) {

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
