package nl.secondopinion.support.security;

import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTest {

	private static CurrentUser user(String id, Set<Role> roles, String agb, String institution) {
		return new CurrentUser(id, id, roles, institution, null, null, agb, null, null);
	}

	@Nested
	class IsClinician {

		@Test
		void whenTheAgbCodeMatches_thenTheDoctorIsRecognisedBeforeTheyEverActed() {
			CurrentUser jansen = user("u-jansen", Set.of(Role.SPECIALIST), "03012345", null);
			assertThat(jansen.isClinician(null, "03012345")).isTrue();
		}

		@Test
		void whenTheUserIdMatches_thenTheDoctorIsRecognised() {
			CurrentUser jansen = user("u-jansen", Set.of(Role.SPECIALIST), null, null);
			assertThat(jansen.isClinician("u-jansen", "03012345")).isTrue();
		}

		@Test
		void whenNeitherMatches_thenItIsSomebodyElse() {
			CurrentUser other = user("u-other", Set.of(Role.GP), "01099999", null);
			assertThat(other.isClinician("u-jansen", "03012345")).isFalse();
			assertThat(other.isClinician(null, null)).isFalse();
		}

		@Test
		void whenTheCallerIsNoDoctor_thenACopiedAgbCodeIsNotEnough() {
			CurrentUser patient = user("u-anna", Set.of(Role.PATIENT), "03012345", null);
			assertThat(patient.isClinician(null, "03012345")).isFalse();
		}

		@Test
		void whenTheCaseNamesABlankAgbCode_thenABlankClaimDoesNotMatchIt() {
			CurrentUser doctor = user("u-x", Set.of(Role.GP), " ", null);
			assertThat(doctor.isClinician(null, " ")).isFalse();
		}

	}

	@Nested
	class WorksAt {

		@Test
		void whenNamesDifferOnlyInCaseAndBlanks_thenItIsTheSameInstitution() {
			CurrentUser intake = user("u-i", Set.of(Role.INTAKE_COORDINATOR), null, " UMC  Zuid");
			assertThat(intake.worksAt("umc zuid")).isTrue();
		}

		@Test
		void whenEitherNameIsUnknown_thenNothingMatches() {
			assertThat(user("u-i", Set.of(Role.INTAKE_COORDINATOR), null, null).worksAt(null)).isFalse();
			assertThat(Institutions.same("", "")).isFalse();
		}

	}

}
