package nl.secondopinion.support.security;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How the platform compares institution names (a token's {@code institution} claim, the
 * directory, a treating doctor's hospital): without case, surrounding blanks or repeated
 * inner blanks. An unknown name matches nothing, not even another unknown one.
 */
public final class Institutions {

	private Institutions() {
	}

	public static boolean same(@Nullable String one, @Nullable String other) {
		if (one == null || other == null || one.isBlank() || other.isBlank()) {
			return false;
		}
		return normalize(one).equals(normalize(other));
	}

	public static String normalize(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
