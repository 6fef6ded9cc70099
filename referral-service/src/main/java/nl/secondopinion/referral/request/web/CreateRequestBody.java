package nl.secondopinion.referral.request.web;

import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.CareLevel;
import nl.secondopinion.referral.request.ClinicalFacts;
import nl.secondopinion.referral.request.GeneralPractitioner;
import nl.secondopinion.referral.request.InsurerReference;
import nl.secondopinion.referral.request.Question;
import nl.secondopinion.referral.request.Reason;
import nl.secondopinion.referral.request.RequestDetails;
import nl.secondopinion.referral.request.TreatingDoctor;

// Every field is nullable here because Bean Validation, not Jackson, reports what is missing.
record CreateRequestBody(@Schema(
		description = "What the second-opinion doctor should answer: at least 3 words and 15 characters",
		example = "Is an operation really the only option for my hernia?") @NotNull @SubstantiveQuestion @Nullable String question,
		@NotNull @Nullable Reason reason,
		@Schema(description = "Medical specialty in lower case", example = "neurology") @NotNull @Pattern(
				regexp = SPECIALTY, message = SPECIALTY_MESSAGE) @Nullable String specialty,
		@Schema(description = "The doctor whose diagnosis or treatment is to be reviewed; required to submit") @Valid @Nullable TreatingDoctorBody treatingDoctor,
		@Schema(description = "The patient's GP, who may refer") @Valid @Nullable GpBody generalPractitioner,
		@Schema(description = "Required to submit") @Valid @Nullable InsurerBody insurer,
		@Schema(description = "Clinical facts the dossier checklist needs; required to submit") @Valid @Nullable FactsBody facts,
		@Schema(description = "Tell the treating doctor about the request: advised, and true when left out. With "
				+ "false the treating doctor neither sees the request nor is asked for records; the patient is "
				+ "asked instead.") @Nullable Boolean informTreatingDoctor) {

	static final String SPECIALTY = "[a-z][a-z-]{1,59}";

	static final String SPECIALTY_MESSAGE = "must be a specialty in lower case letters, e.g. neurology";

	record TreatingDoctorBody(@NotBlank @Size(max = 200) @Nullable String name, @NotNull @Nullable CareLevel level,
			@NotNull @Pattern(regexp = SPECIALTY, message = SPECIALTY_MESSAGE) @Nullable String specialty,
			@Size(max = 200) @Nullable String institution, @Size(max = 200) @Nullable String practice,
			@Pattern(regexp = "\\d{8}", message = "must be an AGB code of 8 digits") @Nullable String agb) {

		TreatingDoctor toDomain() {
			return new TreatingDoctor(null, Objects.requireNonNull(this.name).strip(),
					Objects.requireNonNull(this.level), Objects.requireNonNull(this.specialty),
					blankToNull(this.institution), blankToNull(this.practice), this.agb);
		}

	}

	record GpBody(@NotBlank @Size(max = 200) @Nullable String name, @Size(max = 200) @Nullable String practice,
			@Pattern(regexp = "\\d{8}", message = "must be an AGB code of 8 digits") @Nullable String agb) {

	}

	record InsurerBody(
			@Schema(description = "UZOVI code of the health insurer", example = "3311") @NotNull @Pattern(
					regexp = "\\d{4}", message = "must be a UZOVI code of 4 digits") @Nullable String uzovi,
			@Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+",
					message = "may contain letters, digits and hyphens only") @Nullable String policyNumber,
			@Schema(description = "The supplementary package, if the patient has one", example = "AV-Top") @Size(
					max = 40) @Pattern(regexp = "[A-Za-z0-9 -]+",
							message = "may contain letters, digits, blanks and hyphens only") @Nullable String supplementaryPackage) {

	}

	record FactsBody(@NotNull @Nullable Boolean treatedAbroad, @NotNull @Nullable Boolean imagingDone,
			@NotNull @Nullable Boolean pathologyDone, @NotNull @Nullable Boolean operated,
			@Nullable Boolean insuredAbroad) {

	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	// Only called once validation passed, so the required fields are present.
	RequestDetails toDetails() {
		InsurerReference insurerReference = (this.insurer != null)
				? new InsurerReference(Objects.requireNonNull(this.insurer.uzovi()), this.insurer.policyNumber(),
						blankToNull(this.insurer.supplementaryPackage()))
				: null;
		GeneralPractitioner gp = (this.generalPractitioner != null)
				? new GeneralPractitioner(Objects.requireNonNull(this.generalPractitioner.name()).strip(),
						blankToNull(this.generalPractitioner.practice()), this.generalPractitioner.agb())
				: null;
		ClinicalFacts clinicalFacts = (this.facts != null)
				? new ClinicalFacts(Boolean.TRUE.equals(this.facts.treatedAbroad()),
						Boolean.TRUE.equals(this.facts.imagingDone()), Boolean.TRUE.equals(this.facts.pathologyDone()),
						Boolean.TRUE.equals(this.facts.operated()), Boolean.TRUE.equals(this.facts.insuredAbroad()))
				: null;
		return new RequestDetails(new Question(Objects.requireNonNull(this.question)),
				Objects.requireNonNull(this.reason), Objects.requireNonNull(this.specialty),
				(this.treatingDoctor != null) ? this.treatingDoctor.toDomain() : null, gp, insurerReference,
				clinicalFacts, !Boolean.FALSE.equals(this.informTreatingDoctor));
	}

}
