package nl.secondopinion.notification.template;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages the platform speaks to its users. */
public enum Language {

	NL, EN;

	/** Dutch unless the value names English ({@code en}, {@code en-GB}, …). */
	public static Language of(@Nullable String value) {
		return (value != null && value.toLowerCase(Locale.ROOT).startsWith("en")) ? EN : NL;
	}

}
