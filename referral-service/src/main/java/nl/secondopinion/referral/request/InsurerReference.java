package nl.secondopinion.referral.request;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The patient's health insurer by its UZOVI code, and the policy number and supplementary
 * package (<em>aanvullende verzekering</em>) if the patient knows them.
 */
public record InsurerReference(String uzovi, @Nullable String policyNumber, @Nullable String supplementaryPackage) {

	private static final Pattern UZOVI = Pattern.compile("\\d{4}");

	public InsurerReference {
		if (!UZOVI.matcher(uzovi).matches()) {
			throw new IllegalArgumentException("A UZOVI code has four digits");
		}
	}

}
