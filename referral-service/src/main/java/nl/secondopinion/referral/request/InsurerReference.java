package nl.secondopinion.referral.request;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The patient's health insurer by its UZOVI code, and the policy number if the patient
 * already knows it.
 */
public record InsurerReference(String uzovi, @Nullable String policyNumber) {

	private static final Pattern UZOVI = Pattern.compile("\\d{4}");

	public InsurerReference {
		if (!UZOVI.matcher(uzovi).matches()) {
			throw new IllegalArgumentException("A UZOVI code has four digits");
		}
	}

}
