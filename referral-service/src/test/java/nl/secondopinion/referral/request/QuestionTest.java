package nl.secondopinion.referral.request;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuestionTest {

	@Test
	void aQuestionOfThreeWordsAndFifteenCharactersIsSubstantive() {
		assertThat(Question.problemWith("Do I need surgery")).isEmpty();
	}

	@Test
	void surroundingWhitespaceIsStrippedAndDoesNotCount() {
		assertThat(new Question("   Do I need surgery?  \n").text()).isEqualTo("Do I need surgery?");
		assertThat(Question.problemWith("   Is it bad?       ")).contains("must be at least 15 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\n\t" })
	void blankTextIsRejected(String text) {
		assertThat(Question.problemWith(text)).contains("must not be blank");
	}

	@Test
	void nullIsRejectedAsBlank() {
		assertThat(Question.problemWith(null)).contains("must not be blank");
	}

	@Test
	void twoLongWordsAreNotEnough() {
		assertThat(Question.problemWith("Hernia-operation necessary?")).contains("must contain at least 3 words");
	}

	@Test
	void punctuationOnItsOwnIsNotAWord() {
		assertThat(Question.problemWith("Operation ??? !!!!!!!!!!")).contains("must contain at least 3 words");
	}

	@Test
	void threeShortWordsBelowFifteenCharactersAreRejected() {
		assertThat(Question.problemWith("Is it ok?")).contains("must be at least 15 characters");
	}

	@Test
	void exactlyTheMaximumLengthIsAccepted() {
		String text = "Why " + "a".repeat(Question.MAX_LENGTH - 12) + " and how";
		assertThat(text).hasSize(Question.MAX_LENGTH);
		assertThat(Question.problemWith(text)).isEmpty();
	}

	@Test
	void moreThanTheMaximumLengthIsRejected() {
		String text = "Why " + "a".repeat(Question.MAX_LENGTH) + " and how";
		assertThat(Question.problemWith(text)).contains("must be at most 4000 characters");
	}

	@Test
	void wordsInOtherScriptsCount() {
		assertThat(Question.problemWith("Moet ik geopereerd worden?")).isEmpty();
		assertThat(Question.problemWith("Нужна ли мне операция сейчас")).isEmpty();
	}

	@Test
	void constructingAnInvalidQuestionFailsWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Question("Help"))
			.withMessage("question must contain at least 3 words");
	}

}
