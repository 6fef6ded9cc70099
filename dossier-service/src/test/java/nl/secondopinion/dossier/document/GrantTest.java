package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.secondopinion.dossier.access.CaseContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GrantTest {

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private static final LocalDate END = LocalDate.of(2026, 12, 31);

	private final Grant grant = new Grant("g1", "c-bakker", "bakker", END, "anna",
			Instant.parse("2026-11-01T10:00:00Z"), null, null);

	private static CaseContext context(CaseContext.@Nullable Consultant consultant, String status,
			@Nullable Instant closedAt) {
		return new CaseContext("r1", status, new CaseContext.Person("anna", "anna", "nl"), List.of(), null, null, null,
				true, consultant, consultant != null, null, new CaseContext.Facts(false, false, false, false),
				closedAt);
	}

	@Test
	void whenItsLastDayEndsInTheNetherlands_thenTheGrantEnds() {
		// Midnight in Amsterdam is 23:00 UTC in winter.
		assertThat(this.grant.validAt(Instant.parse("2026-12-31T22:59:59Z"))).isTrue();
		assertThat(this.grant.validAt(Instant.parse("2026-12-31T23:00:00Z"))).isFalse();
	}

	@Test
	void aRevokedGrantHoldsNoLonger() {
		Grant revoked = this.grant.revoke("anna", Instant.parse("2026-11-20T10:00:00Z"));

		assertThat(revoked.validAt(Instant.parse("2026-11-21T00:00:00Z"))).isFalse();
		assertThat(revoked.revokedBy()).isEqualTo("anna");
		assertThat(revoked.consultantUserId()).isEqualTo("bakker");
	}

	@Test
	void aGrantStoredBeforeTheUserIdWasRecordedLetsInTheIdItNamed() {
		Grant old = new Grant("g0", "bakker", null, END, "anna", NOW, null, null);

		assertThat(old.userId()).isEqualTo("bakker");
		assertThat(this.grant.userId()).isEqualTo("bakker");
	}

	@Test
	void revokingQueuesGrantRevokedToTheConsultantInTheSameChange() {
		Dossier dossier = new Dossier("r1", new byte[0], NOW);
		dossier.grant(this.grant, NOW);

		dossier.revoke("g1", "anna", NOW.plusSeconds(60));
		dossier.revoke("g1", "anna", NOW.plusSeconds(120));

		assertThat(dossier.grants()).singleElement().satisfies((g) -> assertThat(g.revokedAt()).isNotNull());
		assertThat(dossier.outbox()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("GRANT_REVOKED");
			assertThat(event.data()).isEqualTo(Map.of("grantId", "g1"));
			assertThat(event.recipients()).extracting((r) -> r.userId() + "/" + r.role())
				.containsExactly("bakker/consultant");
		});
	}

	@Nested
	class Issue {

		private final CaseContext.Consultant bakker = new CaseContext.Consultant("c-bakker", "bakker", "UMC Zuid");

		private Grant issue(CaseContext context, String consultantId, LocalDate validUntil) {
			return Grant.issue(context, consultantId, validUntil, "anna", NOW);
		}

		private void refused(CaseContext context, String consultantId, LocalDate validUntil,
				GrantRefusedException.Reason reason) {
			assertThatExceptionOfType(GrantRefusedException.class)
				.isThrownBy(() -> issue(context, consultantId, validUntil))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
		}

		@Test
		void aGrantToTheAssignedConsultantsDirectoryIdRecordsBothIds() {
			Grant made = issue(context(this.bakker, "CONSULTANT_ASSIGNED", null), "c-bakker", END);

			assertThat(made.consultantId()).isEqualTo("c-bakker");
			assertThat(made.consultantUserId()).isEqualTo("bakker");
			assertThat(made.grantedBy()).isEqualTo("anna");
			assertThat(made.validAt(NOW)).isTrue();
		}

		@Test
		void aGrantToAnyoneElseIsRefused() {
			CaseContext assigned = context(this.bakker, "CONSULTANT_ASSIGNED", null);

			refused(assigned, "c-visser", END, GrantRefusedException.Reason.NOT_ASSIGNED_CONSULTANT);
			// The platform id is not what the request shows, and not what a grant names.
			refused(assigned, "bakker", END, GrantRefusedException.Reason.NOT_ASSIGNED_CONSULTANT);
		}

		@Test
		void withoutAnAssignedConsultantNoGrantIsMade() {
			refused(context(null, "SUBMITTED", null), "c-bakker", END,
					GrantRefusedException.Reason.NO_CONSULTANT_ASSIGNED);
		}

		@Test
		void anAssignedConsultantWithoutAccountCannotBeGrantedYet() {
			CaseContext noAccount = context(new CaseContext.Consultant("c-bakker", null, "UMC Zuid"),
					"CONSULTANT_ASSIGNED", null);

			refused(noAccount, "c-bakker", END, GrantRefusedException.Reason.CONSULTANT_WITHOUT_ACCOUNT);
		}

		@Test
		void anEndDateInThePastOrAnEndedCaseIsRefused() {
			CaseContext assigned = context(this.bakker, "CONSULTANT_ASSIGNED", null);

			refused(assigned, "c-bakker", LocalDate.of(2026, 11, 22), GrantRefusedException.Reason.END_DATE_PASSED);
			assertThat(issue(assigned, "c-bakker", LocalDate.of(2026, 11, 23)).validAt(NOW)).isTrue();
			refused(context(this.bakker, "CLOSED", NOW), "c-bakker", END, GrantRefusedException.Reason.CASE_CLOSED);
			refused(context(this.bakker, "WITHDRAWN", null), "c-bakker", END, GrantRefusedException.Reason.CASE_CLOSED);
		}

	}

}
