package nl.secondopinion.insurance.insurer;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A health insurer the platform knows, identified by its UZOVI code (the Dutch register
 * number of health insurers).
 *
 * @param secondOpinionPackages the supplementary packages that pay a second opinion
 * without a referral (names as the insurer's eligibility service reports them)
 */
public record Insurer(@Pattern(regexp = "\\d{4}") String uzovi, @NotBlank String name,
		@Nullable List<String> secondOpinionPackages) {

	public Insurer {
		secondOpinionPackages = (secondOpinionPackages != null) ? List.copyOf(secondOpinionPackages) : List.of();
	}

	public boolean paysSecondOpinionWithoutReferral(@Nullable String supplementaryPackage) {
		return supplementaryPackage != null && this.secondOpinionPackages.stream()
			.anyMatch((name) -> name.equalsIgnoreCase(supplementaryPackage.strip()));
	}

}
