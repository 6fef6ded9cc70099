package nl.secondopinion.dossier.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private static final CaseContext.Doctor JANSEN = new CaseContext.Doctor("jansen", "03000002", "SPECIALIST",
			"dr. P. Jansen", "Ziekenhuis Noord", null);

	private static final CaseContext.GeneralPractitioner DE_VRIES = new CaseContext.GeneralPractitioner(null,
			"01000001", "dr. de Vries", "Huisartsenpraktijk De Linde");

	private static CaseContext context(CaseContext.@Nullable Consultant consultant, boolean consent) {
		return context(JANSEN, null, consultant, consent, "SUBMITTED", null);
	}

	private static CaseContext context(CaseContext.@Nullable Doctor doctor,
			CaseContext.@Nullable GeneralPractitioner gp, CaseContext.@Nullable Consultant consultant, boolean consent,
			String status, @Nullable Instant closedAt) {
		return new CaseContext("r1", status, new CaseContext.Person("anna", "anna", "nl"),
				List.of(new CaseContext.Representative("carla", "carla", consent)), doctor, gp,
				new CaseContext.Referral("PRESENT", "devries", "gp"), false, consultant, consultant != null, "3311",
				new CaseContext.Facts(false, true, false, false), closedAt);
	}

	private static CurrentUser user(String id, Role role, @Nullable String institution) {
		return new CurrentUser(id, id, Set.of(role), institution, null, null, null, null, null);
	}

	private static CurrentUser clinician(String id, Role role, String agb) {
		return new CurrentUser(id, id, Set.of(role), null, null, null, agb, null, null);
	}

	private static Access decide(CurrentUser user, CaseContext context, boolean grant) {
		return AccessPolicy.decide(user, user.has(Role.REPRESENTATIVE) ? "anna" : null, context,
				(consultant, now) -> grant, NOW);
	}

	private final CaseContext assigned = context(new CaseContext.Consultant("c-bakker", "bakker", "UMC Zuid"), true);

	@Test
	void thePatientAndARepresentativeWithConsentOwnTheDossier() {
		assertThat(decide(user("anna", Role.PATIENT, null), this.assigned, false)).isEqualTo(Access.OWNER);
		assertThat(decide(user("carla", Role.REPRESENTATIVE, null), this.assigned, false)).isEqualTo(Access.OWNER);
	}

	@Test
	void aRepresentativeWithoutConsentGetsNothing() {
		CaseContext noConsent = context(null, false);

		assertThat(decide(user("carla", Role.REPRESENTATIVE, null), noConsent, false)).isEqualTo(Access.NONE);
	}

	@Test
	void aRepresentativeWhoseTokenNamesAnotherPatientGetsNothing() {
		CurrentUser carla = user("carla", Role.REPRESENTATIVE, null);

		assertThat(AccessPolicy.decide(carla, "bram", this.assigned, (c, n) -> false, NOW)).isEqualTo(Access.NONE);
		assertThat(AccessPolicy.decide(carla, null, this.assigned, (c, n) -> false, NOW)).isEqualTo(Access.NONE);
	}

	@Test
	void anotherPatientWithTheSameRoleGetsNothing() {
		assertThat(decide(user("bram", Role.PATIENT, null), this.assigned, true)).isEqualTo(Access.NONE);
	}

	@Nested
	class Contributors {

		@Test
		void theTreatingDoctorAndTheReferrerContribute() {
			assertThat(decide(user("jansen", Role.SPECIALIST, "Ziekenhuis Noord"), assigned, false))
				.isEqualTo(Access.CONTRIBUTOR);
			assertThat(decide(user("devries", Role.GP, null), assigned, false)).isEqualTo(Access.CONTRIBUTOR);
			assertThat(decide(user("other-gp", Role.GP, null), assigned, false)).isEqualTo(Access.NONE);
		}

		@Test
		void theTreatingDoctorKnownOnlyByAgbContributesBeforeTheyActedOnTheCase() {
			CaseContext beforeLinking = context(
					new CaseContext.Doctor(null, "03000002", "SPECIALIST", "dr. P. Jansen", "Ziekenhuis Noord", null),
					null, null, true, "SUBMITTED", null);

			Access access = decide(clinician("kc-jansen", Role.SPECIALIST, "03000002"), beforeLinking, false);

			assertThat(access).isEqualTo(Access.CONTRIBUTOR);
			assertThat(access.adds()).isTrue();
			assertThat(access.readsChecklist()).isTrue();
			assertThat(decide(clinician("kc-other", Role.SPECIALIST, "03999999"), beforeLinking, false))
				.isEqualTo(Access.NONE);
		}

		@Test
		void anAgbCodeAloneIsNotEnoughWithoutAClinicianRole() {
			CurrentUser consultantWithThatAgb = new CurrentUser("kc-x", "x", Set.of(Role.CONSULTANT), null, null, null,
					"03000002", null, null);

			assertThat(decide(consultantWithThatAgb, assigned, false)).isEqualTo(Access.NONE);
		}

		@Test
		void theNamedGpContributesByAgbButOnlyWithTheGpRole() {
			CaseContext withGp = context(JANSEN, DE_VRIES, null, true, "SUBMITTED", null);

			assertThat(decide(clinician("kc-devries", Role.GP, "01000001"), withGp, false))
				.isEqualTo(Access.CONTRIBUTOR);
			assertThat(decide(clinician("kc-devries", Role.SPECIALIST, "01000001"), withGp, false))
				.isEqualTo(Access.NONE);
			assertThat(decide(clinician("kc-other-gp", Role.GP, "01999999"), withGp, false)).isEqualTo(Access.NONE);
		}

	}

	@Nested
	class Consultant {

		private final CurrentUser bakker = user("bakker", Role.CONSULTANT, "UMC Zuid");

		@Test
		void theAssignedConsultantNeedsAValidGrant() {
			assertThat(decide(this.bakker, assigned, true)).isEqualTo(Access.CONSULTANT);
			assertThat(decide(this.bakker, assigned, false)).isEqualTo(Access.NONE);
			assertThat(decide(user("visser", Role.CONSULTANT, "UMC Zuid"), assigned, true)).isEqualTo(Access.NONE);
			assertThat(decide(this.bakker, context(null, true), true)).isEqualTo(Access.NONE);
		}

		@Test
		void theGrantIsCheckedForTheConsultantsUserIdNotTheDirectoryId() {
			List<String> asked = new ArrayList<>();

			AccessPolicy.decide(this.bakker, null, assigned, (userId, now) -> asked.add(userId), NOW);

			assertThat(asked).containsExactly("bakker");
		}

		@Test
		void theConsultantsAccessEndsWhenTheCaseEndsWhateverTheGrantSays() {
			CaseContext.Consultant consultant = new CaseContext.Consultant("c-bakker", "bakker", "UMC Zuid");
			CaseContext closed = context(JANSEN, null, consultant, true, "CLOSED", NOW.minusSeconds(60));

			assertThat(decide(this.bakker, closed, true)).isEqualTo(Access.NONE);
			assertThat(decide(user("anna", Role.PATIENT, null), closed, false)).isEqualTo(Access.OWNER);
			for (String status : List.of("WITHDRAWN", "CANCELLED")) {
				assertThat(decide(this.bakker, context(JANSEN, null, consultant, true, status, null), true)).as(status)
					.isEqualTo(Access.NONE);
			}
			assertThat(decide(this.bakker, context(JANSEN, null, consultant, true, "SUBMITTED", NOW), true))
				.as("closedAt alone")
				.isEqualTo(Access.NONE);
		}

	}

	@Nested
	class Intake {

		@Test
		void intakeOfTheConsultantsInstitutionSeesTheChecklistOnly() {
			Access intake = decide(user("intake", Role.INTAKE_COORDINATOR, "UMC Zuid"), assigned, false);

			assertThat(intake).isEqualTo(Access.CHECKLIST);
			assertThat(intake.readsChecklist()).isTrue();
			assertThat(intake.readsOwn()).isFalse();
			assertThat(decide(user("intake2", Role.INTAKE_COORDINATOR, "Ziekenhuis Noord"), assigned, false))
				.isEqualTo(Access.NONE);
		}

		@Test
		void theInstitutionIsComparedWithoutCaseOrBlanksAsEverywhereOnThePlatform() {
			for (String written : List.of("umc zuid", "  UMC  Zuid ", "UMC ZUID")) {
				assertThat(decide(user("intake", Role.INTAKE_COORDINATOR, written), assigned, false)).as(written)
					.isEqualTo(Access.CHECKLIST);
			}
			assertThat(decide(user("intake", Role.INTAKE_COORDINATOR, null), assigned, false)).isEqualTo(Access.NONE);
		}

	}

	@Test
	void theConsultantWithAccessAndTheSitesIntakeMayAskForInformationButNotAnotherService() {
		CurrentUser intake = user("intake", Role.INTAKE_COORDINATOR, "UMC Zuid");
		CurrentUser service = user("service-account-referral-service", Role.PLATFORM_SERVICE, null);

		assertThat(AccessPolicy.asksForInformation(Access.CONSULTANT, user("bakker", Role.CONSULTANT, null))).isTrue();
		assertThat(AccessPolicy.asksForInformation(Access.CHECKLIST, intake)).isTrue();
		assertThat(AccessPolicy.asksForInformation(Access.CHECKLIST, service)).isFalse();
		assertThat(AccessPolicy.asksForInformation(Access.OWNER, user("anna", Role.PATIENT, null))).isFalse();
		assertThat(AccessPolicy.asksForInformation(Access.CONTRIBUTOR, user("jansen", Role.SPECIALIST, null)))
			.isFalse();
	}

	@Test
	void insurerMediatorsSeeNothingAtAll() {
		Access mediator = decide(user("mediator", Role.INSURER_MEDIATOR, null), this.assigned, true);

		assertThat(mediator).isEqualTo(Access.NONE);
		assertThat(mediator.readsChecklist()).isFalse();
	}

	@Test
	void onlyOwnersManageGrantsAndTheLog() {
		assertThat(Access.OWNER.manages()).isTrue();
		assertThat(Access.CONSULTANT.manages()).isFalse();
		assertThat(Access.CONTRIBUTOR.manages()).isFalse();
		assertThat(Access.CONSULTANT.adds()).isFalse();
	}

}
