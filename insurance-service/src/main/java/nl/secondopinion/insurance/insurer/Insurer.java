package nl.secondopinion.insurance.insurer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A health insurer the platform knows, identified by its UZOVI code (the Dutch register
 * number of health insurers).
 */
public record Insurer(@Pattern(regexp = "\\d{4}") String uzovi, @NotBlank String name) {
}
