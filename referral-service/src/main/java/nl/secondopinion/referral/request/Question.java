package nl.secondopinion.referral.request;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the patient wants the second-opinion doctor to answer (the
 * <em>vraagstelling</em>). The referral letter must state it clearly, so a draft already
 * needs a real question rather than a placeholder.
 */
public record Question(String text) {

	public static final int MIN_WORDS = 3;

	public static final int MIN_LENGTH = 15;

	public static final int MAX_LENGTH = 4000;

	public Question {
		Optional<String> problem = problemWith(text);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("question " + problem.get());
		}
		text = text.strip();
	}

	/**
	 * Why the text is not a substantive question, or empty when it is one. The wording
	 * completes "question ..." and is shown to the patient.
	 */
	public static Optional<String> problemWith(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.of("must not be blank");
		}
		String stripped = text.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters");
		}
		if (words(stripped) < MIN_WORDS) {
			return Optional.of("must contain at least " + MIN_WORDS + " words");
		}
		if (length < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters");
		}
		return Optional.empty();
	}

	// Punctuation on its own ("? ? ?") is not a word.
	private static long words(String text) {
		return Arrays.stream(text.split("\\s+"))
			.filter((token) -> token.codePoints().anyMatch(Character::isLetterOrDigit))
			.count();
	}

}
