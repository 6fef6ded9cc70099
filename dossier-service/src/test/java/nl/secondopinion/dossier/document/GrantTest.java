package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrantTest {

	private final Grant grant = new Grant("g1", "bakker", LocalDate.of(2026, 12, 31), "anna",
			Instant.parse("2026-11-01T10:00:00Z"), null, null);

	@Test
	void aGrantHoldsUntilTheEndOfItsLastDayInUtc() {
		assertThat(this.grant.validAt(Instant.parse("2026-12-31T23:59:59Z"))).isTrue();
		assertThat(this.grant.validAt(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
	}

	@Test
	void aRevokedGrantHoldsNoLonger() {
		Grant revoked = this.grant.revoke("anna", Instant.parse("2026-11-20T10:00:00Z"));

		assertThat(revoked.validAt(Instant.parse("2026-11-21T00:00:00Z"))).isFalse();
		assertThat(revoked.revokedBy()).isEqualTo("anna");
	}

}
