package nl.secondopinion.insurance.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.privacy.BsnVault;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilitiesTest {

	private static final BsnVault VAULT = new BsnVault(
			Base64.getDecoder().decode("RyMQnCJaV+v+nCFvaQoG4SQZEAv5oy0mA34fJuE8kFA="));

	private final Bsn bsn = Bsn.parse("999990019").orElseThrow();

	private final List<LocalDate> calls = new ArrayList<>();

	private EligibilityResult next;

	private final InsurerEligibility insurer = (uzovi, asked, date) -> {
		this.calls.add(date);
		return this.next;
	};

	private Eligibilities at(String instant) {
		return new Eligibilities(this.insurer, VAULT, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
	}

	@Test
	void whenInsuredAnswerCameToday_thenTheSecondCheckUsesTheCache() {
		this.next = new EligibilityResult.Insured("3311", "ZK", true, null, false, Instant.EPOCH, false);
		Eligibilities eligibilities = at("2026-11-23T10:00:00Z");

		eligibilities.check("3311", this.bsn, eligibilities.today());
		EligibilityResult second = eligibilities.check("3311", this.bsn, eligibilities.today());

		assertThat(this.calls).hasSize(1);
		assertThat(second).isInstanceOfSatisfying(EligibilityResult.Insured.class,
				(insured) -> assertThat(insured.cached()).isTrue());
	}

	@Test
	void whenAnswerWasNegativeOrMissing_thenItIsNeverCached() {
		Eligibilities eligibilities = at("2026-11-23T10:00:00Z");
		this.next = new EligibilityResult.NotInsured("3311", Instant.EPOCH);
		eligibilities.check("3311", this.bsn, eligibilities.today());
		eligibilities.check("3311", this.bsn, eligibilities.today());
		this.next = new EligibilityResult.Unavailable("3311", UnavailableCause.TIMEOUT, Instant.EPOCH);
		eligibilities.check("3311", this.bsn, eligibilities.today());
		eligibilities.check("3311", this.bsn, eligibilities.today());

		assertThat(this.calls).hasSize(4);
	}

	@Test
	void whenTheDutchDayChanges_thenTheInsurerIsAskedAgainForTheNewDate() {
		this.next = new EligibilityResult.Insured("3311", "ZK", true, null, false, Instant.EPOCH, false);
		// 23:30 UTC on the 23rd (winter time, UTC+1) is already the 24th in Amsterdam
		Eligibilities eligibilities = at("2026-11-23T23:30:00Z");
		eligibilities.check("3311", this.bsn, eligibilities.today());

		assertThat(this.calls).containsExactly(LocalDate.parse("2026-11-24"));
	}

}
