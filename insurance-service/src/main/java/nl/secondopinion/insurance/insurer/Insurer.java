package nl.secondopinion.insurance.insurer;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A health insurer the platform knows, identified by its UZOVI code (the Dutch register
 * number of health insurers).
 *
 * @param secondOpinionPackages the supplementary packages that pay a second opinion
 * without a referral (names as the insurer's eligibility service reports them)
 * @param basicCoversGpSecondOpinion whether basic insurance pays a second opinion about a
 * GP (huisarts) with a valid referral from a GP; {@code false} for an insurer that leaves
 * it to the supplementary packages. Default {@code true}.
 */
public record Insurer(@Pattern(regexp = "\\d{4}") String uzovi, @NotBlank String name,
		@Nullable List<String> secondOpinionPackages, @DefaultValue("true") boolean basicCoversGpSecondOpinion) {

	public Insurer {
		secondOpinionPackages = (secondOpinionPackages != null) ? List.copyOf(secondOpinionPackages) : List.of();
	}

	public boolean paysSecondOpinionWithoutReferral(@Nullable String supplementaryPackage) {
		return supplementaryPackage != null && this.secondOpinionPackages.stream()
			.anyMatch((name) -> name.equalsIgnoreCase(supplementaryPackage.strip()));
	}

}
