package nl.secondopinion.insurance.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.context.RequestContext;

import static org.assertj.core.api.Assertions.assertThat;

/** When a stored decision's facts no longer match the request's, it is taken again. */
class CoverageBasisTest {

	private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00.123456789Z");

	private static RequestContext context(RequestContext.Referral referral, boolean abroad, String level,
			RequestContext.StatedInsurance insurance) {
		return new RequestContext("r-1", "neurology", "p-1", List.of(), referral, insurance, abroad, level,
				RequestContext.Phase.unknown(), null);
	}

	private static RequestContext beforeTheReferral() {
		return context(RequestContext.Referral.none(), false, "SPECIALIST",
				new RequestContext.StatedInsurance("3311", "ZK-1", null));
	}

	@Test
	void whenNothingChanged_thenNoChanges() {
		CoverageBasis stored = CoverageBasis.of(beforeTheReferral());

		assertThat(CoverageBasis.of(beforeTheReferral()).changesFrom(stored)).isEmpty();
	}

	@Test
	void whenTheReferralArrives_thenItsStatusRoleAndDatesChanged() {
		CoverageBasis stored = CoverageBasis.of(beforeTheReferral());
		RequestContext now = context(
				new RequestContext.Referral("PRESENT", "gp", ISSUED, LocalDate.parse("2027-11-01")), false,
				"SPECIALIST", new RequestContext.StatedInsurance("3311", "ZK-1", null));

		assertThat(CoverageBasis.of(now).changesFrom(stored)).containsExactly("referralStatus", "referrerRole",
				"referralIssuedAt", "referralValidUntil");
	}

	@Test
	void whenTheInsuranceFactsOrTheDoctorsLevelChange_thenEachIsNamedButNoValue() {
		CoverageBasis stored = CoverageBasis.of(beforeTheReferral());
		RequestContext now = context(RequestContext.Referral.none(), true, "GENERAL_PRACTITIONER",
				new RequestContext.StatedInsurance("9664", "CZ-77", "Aanvullend 3 sterren"));

		List<String> changes = CoverageBasis.of(now).changesFrom(stored);

		assertThat(changes).containsExactly("insuredAbroad", "insurerUzovi", "policyNumber", "supplementaryPackage",
				"treatingDoctorLevel");
		assertThat(String.join(",", changes)).doesNotContain("CZ-77");
	}

	@Test
	void whenOnlyWhatTheDatabaseCannotKeepDiffers_thenNoChange() {
		var precise = new CoverageBasis("PRESENT", "gp", ISSUED, null, false, "3311", "ZK-1", " ", "SPECIALIST");
		var stored = new CoverageBasis("PRESENT", " gp ", Instant.parse("2026-11-01T09:00:00.123Z"), null, false,
				"3311", "ZK-1", null, "SPECIALIST");

		assertThat(precise.changesFrom(stored)).isEmpty();
		assertThat(precise).isEqualTo(stored);
	}

	@Test
	void whenTheDecisionWasStoredWithoutABasis_thenItCountsAsChanged() {
		assertThat(CoverageBasis.of(beforeTheReferral()).changesFrom(null)).containsExactly("unknown-basis");
	}

}
