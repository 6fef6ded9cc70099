package nl.secondopinion.referral.request.web;

import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.InsurerReference;
import nl.secondopinion.referral.request.NewRequest;
import nl.secondopinion.referral.request.Question;
import nl.secondopinion.referral.request.Reason;

// Every field is nullable here because Bean Validation, not Jackson, reports what is missing.
record CreateRequestBody(@Schema(
		description = "What the second-opinion doctor should answer: at least 3 words and 15 characters",
		example = "Is an operation really the only option for my hernia?") @NotNull @SubstantiveQuestion @Nullable String question,
		@NotNull @Nullable Reason reason,
		@Schema(description = "Medical specialty in lower case", example = "neurology") @NotNull @Pattern(
				regexp = "[a-z][a-z-]{1,59}",
				message = "must be a specialty in lower case letters, e.g. neurology") @Nullable String specialty,
		@Schema(description = "Optional while the request is a draft") @Valid @Nullable InsurerBody insurer) {

	record InsurerBody(
			@Schema(description = "UZOVI code of the health insurer", example = "3311") @NotNull @Pattern(
					regexp = "\\d{4}", message = "must be a UZOVI code of 4 digits") @Nullable String uzovi,
			@Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+",
					message = "may contain letters, digits and hyphens only") @Nullable String policyNumber) {

	}

	// Only called once validation passed, so the required fields are present.
	NewRequest toNewRequest() {
		InsurerReference insurerReference = (this.insurer != null)
				? new InsurerReference(Objects.requireNonNull(this.insurer.uzovi()), this.insurer.policyNumber())
				: null;
		return new NewRequest(new Question(Objects.requireNonNull(this.question)), Objects.requireNonNull(this.reason),
				Objects.requireNonNull(this.specialty), insurerReference);
	}

}
