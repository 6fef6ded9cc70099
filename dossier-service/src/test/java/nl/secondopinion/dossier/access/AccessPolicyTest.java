package nl.secondopinion.dossier.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private static CaseContext context(CaseContext.Consultant consultant, boolean consent) {
		return new CaseContext("r1", "SUBMITTED", new CaseContext.Person("anna", "anna", "nl"),
				List.of(new CaseContext.Representative("carla", "carla", consent)),
				new CaseContext.Doctor("jansen", "dr. P. Jansen", "Ziekenhuis Noord", null),
				new CaseContext.Referral("PRESENT", "devries", "gp"), false, consultant, consultant != null, "3311",
				new CaseContext.Facts(false, true, false, false));
	}

	private static CurrentUser user(String id, Role role, String institution) {
		return new CurrentUser(id, id, Set.of(role), institution, null, null, null, null, null);
	}

	private static Access decide(CurrentUser user, CaseContext context, boolean grant) {
		return AccessPolicy.decide(user, user.has(Role.REPRESENTATIVE) ? "anna" : null, context,
				(consultant, now) -> grant, NOW);
	}

	private final CaseContext assigned = context(new CaseContext.Consultant("bakker", "UMC Zuid"), true);

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

	@Test
	void theTreatingDoctorAndTheReferrerContribute() {
		assertThat(decide(user("jansen", Role.SPECIALIST, "Ziekenhuis Noord"), this.assigned, false))
			.isEqualTo(Access.CONTRIBUTOR);
		assertThat(decide(user("devries", Role.GP, null), this.assigned, false)).isEqualTo(Access.CONTRIBUTOR);
		assertThat(decide(user("other-gp", Role.GP, null), this.assigned, false)).isEqualTo(Access.NONE);
	}

	@Test
	void theAssignedConsultantNeedsAValidGrant() {
		CurrentUser bakker = user("bakker", Role.CONSULTANT, "UMC Zuid");

		assertThat(decide(bakker, this.assigned, true)).isEqualTo(Access.CONSULTANT);
		assertThat(decide(bakker, this.assigned, false)).isEqualTo(Access.NONE);
		assertThat(decide(user("visser", Role.CONSULTANT, "UMC Zuid"), this.assigned, true)).isEqualTo(Access.NONE);
		assertThat(decide(bakker, context(null, true), true)).isEqualTo(Access.NONE);
	}

	@Test
	void intakeOfTheConsultantsInstitutionSeesTheChecklistOnly() {
		Access intake = decide(user("intake", Role.INTAKE_COORDINATOR, "UMC Zuid"), this.assigned, false);

		assertThat(intake).isEqualTo(Access.CHECKLIST);
		assertThat(intake.readsChecklist()).isTrue();
		assertThat(intake.readsOwn()).isFalse();
		assertThat(decide(user("intake2", Role.INTAKE_COORDINATOR, "Ziekenhuis Noord"), this.assigned, false))
			.isEqualTo(Access.NONE);
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
