package nl.secondopinion.insurance.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.context.RequestContext;

/**
 * The request facts a coverage decision rests on, stored with the decision. When the
 * request's current facts differ, the decision is out of date and is taken again.
 * Instants are kept to the millisecond (what the database stores) and blank texts count
 * as absent, so that a round trip through the database is no change.
 */
public record CoverageBasis(String referralStatus, @Nullable String referrerRole, @Nullable Instant referralIssuedAt,
		@Nullable LocalDate referralValidUntil, boolean insuredAbroad, @Nullable String insurerUzovi,
		@Nullable String policyNumber, @Nullable String supplementaryPackage, @Nullable String treatingDoctorLevel) {

	public CoverageBasis {
		referrerRole = text(referrerRole);
		referralIssuedAt = (referralIssuedAt != null) ? referralIssuedAt.truncatedTo(ChronoUnit.MILLIS) : null;
		insurerUzovi = text(insurerUzovi);
		policyNumber = text(policyNumber);
		supplementaryPackage = text(supplementaryPackage);
		treatingDoctorLevel = text(treatingDoctorLevel);
	}

	public static CoverageBasis of(RequestContext context) {
		RequestContext.Referral referral = context.referral();
		RequestContext.StatedInsurance insurance = context.insurance();
		return new CoverageBasis(referral.status(), referral.referrerRole(), referral.issuedAt(), referral.validUntil(),
				context.insuredAbroad(), insurance.uzovi(), insurance.policyNumber(), insurance.supplementaryPackage(),
				context.treatingDoctorLevel());
	}

	/**
	 * The names of the facts that differ from an earlier basis (never their values: a
	 * policy number does not belong in a log). A decision stored without a basis counts
	 * as resting on unknown facts.
	 */
	public List<String> changesFrom(@Nullable CoverageBasis earlier) {
		if (earlier == null) {
			return List.of("unknown-basis");
		}
		List<String> changed = new ArrayList<>();
		compare(changed, "referralStatus", this.referralStatus, earlier.referralStatus);
		compare(changed, "referrerRole", this.referrerRole, earlier.referrerRole);
		compare(changed, "referralIssuedAt", this.referralIssuedAt, earlier.referralIssuedAt);
		compare(changed, "referralValidUntil", this.referralValidUntil, earlier.referralValidUntil);
		compare(changed, "insuredAbroad", this.insuredAbroad, earlier.insuredAbroad);
		compare(changed, "insurerUzovi", this.insurerUzovi, earlier.insurerUzovi);
		compare(changed, "policyNumber", this.policyNumber, earlier.policyNumber);
		compare(changed, "supplementaryPackage", this.supplementaryPackage, earlier.supplementaryPackage);
		compare(changed, "treatingDoctorLevel", this.treatingDoctorLevel, earlier.treatingDoctorLevel);
		return List.copyOf(changed);
	}

	private static void compare(List<String> changed, String name, @Nullable Object now, @Nullable Object then) {
		if (!Objects.equals(now, then)) {
			changed.add(name);
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
