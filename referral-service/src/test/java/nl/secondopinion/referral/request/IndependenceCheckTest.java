package nl.secondopinion.referral.request;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.secondopinion.referral.consultant.CareLevel;
import nl.secondopinion.referral.consultant.Consultant;

import static nl.secondopinion.referral.request.IndependenceCheck.Rule.DIFFERENT_LEVEL;
import static nl.secondopinion.referral.request.IndependenceCheck.Rule.DIFFERENT_SPECIALTY;
import static nl.secondopinion.referral.request.IndependenceCheck.Rule.SAME_INSTITUTION;
import static nl.secondopinion.referral.request.IndependenceCheck.Rule.SAME_PERSON;
import static nl.secondopinion.referral.request.IndependenceCheck.Rule.SAME_PRACTICE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class IndependenceCheckTest {

	private static final TreatingDoctor JANSEN = new TreatingDoctor("u-05", "dr. P. Jansen",
			CareLevel.MEDICAL_SPECIALIST, "neurology", "Ziekenhuis Noord", "Neurologie Noord", "03000002");

	private static Consultant consultant(String userId, CareLevel level, String specialty, String institution,
			String practice) {
		return new Consultant("c", userId, "dr. X", level, specialty, institution, practice, true, 1, List.of(),
				List.of(), List.of(), null);
	}

	private static Consultant independent() {
		return consultant("u-06", CareLevel.MEDICAL_SPECIALIST, "neurology", "UMC Zuid", "Neurologie Zuid");
	}

	@Test
	void aComparableProviderElsewhereIsIndependent() {
		assertThat(IndependenceCheck.violations(JANSEN, independent())).isEmpty();
	}

	@Nested
	class EachRuleOnItsOwn {

		@Test
		void theTreatingDoctorCannotReviewThemselves() {
			assertThat(IndependenceCheck.violations(JANSEN,
					consultant("u-05", CareLevel.MEDICAL_SPECIALIST, "neurology", "UMC Zuid", "Neurologie Zuid")))
				.containsExactly(SAME_PERSON);
		}

		@Test
		void theSameInstitutionIsConnected() {
			assertThat(IndependenceCheck.violations(JANSEN,
					consultant("u-07", CareLevel.MEDICAL_SPECIALIST, "neurology", "Ziekenhuis Noord", null)))
				.containsExactly(SAME_INSTITUTION);
		}

		@Test
		void theSamePracticeGroupIsConnected() {
			assertThat(IndependenceCheck.violations(JANSEN,
					consultant("u-07", CareLevel.MEDICAL_SPECIALIST, "neurology", "UMC Zuid", "Neurologie Noord")))
				.containsExactly(SAME_PRACTICE_GROUP);
		}

		@ParameterizedTest
		@EnumSource(value = CareLevel.class, names = "MEDICAL_SPECIALIST", mode = EnumSource.Mode.EXCLUDE)
		void everyOtherLevelIsNotComparable(CareLevel level) {
			assertThat(IndependenceCheck.violations(JANSEN,
					consultant("u-06", level, "neurology", "UMC Zuid", "Neurologie Zuid")))
				.containsExactly(DIFFERENT_LEVEL);
		}

		@Test
		void anotherSpecialtyIsNotComparable() {
			assertThat(IndependenceCheck.violations(JANSEN,
					consultant("u-08", CareLevel.MEDICAL_SPECIALIST, "surgery", "UMC Zuid", null)))
				.containsExactly(DIFFERENT_SPECIALTY);
		}

	}

	@Nested
	class Comparison {

		@Test
		void namesAreComparedWithoutCaseAndExtraBlanks() {
			assertThat(IndependenceCheck.violations(JANSEN,
					consultant("u-07", CareLevel.MEDICAL_SPECIALIST, " Neurology", " ziekenhuis  noord ", null)))
				.containsExactly(SAME_INSTITUTION);
		}

		@Test
		void unknownInstitutionsOrPracticesMatchNothing() {
			TreatingDoctor unknownPlace = new TreatingDoctor(null, "dr. A", CareLevel.GENERAL_PRACTITIONER,
					"general-practice", null, null, null);
			assertThat(IndependenceCheck.violations(unknownPlace,
					consultant(null, CareLevel.GENERAL_PRACTITIONER, "general-practice", "UMC Zuid", null)))
				.isEmpty();
		}

		@Test
		void aGpMayNotReviewAGpOfTheSamePractice() {
			TreatingDoctor gp = new TreatingDoctor(null, "dr. A", CareLevel.GENERAL_PRACTITIONER, "general-practice",
					null, "Huisartsenpraktijk De Linde", null);
			assertThat(IndependenceCheck.violations(gp, consultant("u-x", CareLevel.GENERAL_PRACTITIONER,
					"general-practice", "Gezondheidscentrum", "huisartsenpraktijk de linde")))
				.containsExactly(SAME_PRACTICE_GROUP);
		}

		@Test
		void consultantsWithoutAPlatformAccountAreNotTheSamePerson() {
			TreatingDoctor withoutId = new TreatingDoctor(null, "dr. P. Jansen", CareLevel.MEDICAL_SPECIALIST,
					"neurology", "Ziekenhuis Noord", null, null);
			assertThat(IndependenceCheck.violations(withoutId,
					consultant(null, CareLevel.MEDICAL_SPECIALIST, "neurology", "UMC Zuid", null)))
				.isEmpty();
		}

		@Test
		void everyBrokenRuleIsListedInRuleOrder() {
			assertThat(IndependenceCheck.violations(JANSEN,
					consultant("u-05", CareLevel.NURSE, "surgery", "Ziekenhuis Noord", "Neurologie Noord")))
				.containsExactly(SAME_PERSON, SAME_INSTITUTION, SAME_PRACTICE_GROUP, DIFFERENT_LEVEL,
						DIFFERENT_SPECIALTY);
		}

	}

}
