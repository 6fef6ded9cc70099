package nl.secondopinion.referral.consultant.web;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.CareCostTeam;
import nl.secondopinion.referral.consultant.CareLevel;
import nl.secondopinion.referral.consultant.ClinicalTrigger;
import nl.secondopinion.referral.consultant.Consultant;
import nl.secondopinion.referral.consultant.IntakeLimit;

record ConsultantBody(
		@Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
				message = "must be a user id") @Nullable String userId,
		@NotBlank @Size(max = 200) @Nullable String name, @NotNull @Nullable CareLevel level,
		@NotNull @Pattern(regexp = "[a-z][a-z-]{1,59}",
				message = "must be a specialty in lower case letters, e.g. neurology") @Nullable String specialty,
		@NotBlank @Size(max = 200) @Nullable String institution, @Size(max = 200) @Nullable String practice,
		@NotNull @Nullable Boolean accepting, @NotNull @Min(0) @Max(260) @Nullable Integer waitingWeeks,
		@Size(max = 10) @Nullable List<@Pattern(regexp = "[a-z]{2}",
				message = "must be a language code") String> languages,
		@Size(max = 10) @Nullable List<@NotBlank @Size(max = 40) String> networkTags,
		@Size(max = 20) @Nullable List<@Valid @NotNull Limit> intakeLimits, @Valid @Nullable CostTeam careCostTeam) {

	record CostTeam(@Email @Size(max = 200) @Nullable String email,
			@Pattern(regexp = "[+0-9 ()-]{6,30}", message = "must be a phone number") @Nullable String phone) {

	}

	record Limit(
			@NotBlank @Pattern(regexp = "[A-Z0-9_]{2,60}",
					message = "must be a code in capitals") @Nullable String code,
			@NotBlank @Size(max = 500) @Nullable String nl, @NotBlank @Size(max = 500) @Nullable String en,
			@Nullable ClinicalTrigger appliesWhen) {

	}

	Consultant toConsultant(String id) {
		return new Consultant(id, this.userId, Objects.requireNonNull(this.name).strip(),
				Objects.requireNonNull(this.level), Objects.requireNonNull(this.specialty),
				Objects.requireNonNull(this.institution).strip(),
				(this.practice == null || this.practice.isBlank()) ? null : this.practice.strip(),
				Boolean.TRUE.equals(this.accepting), Objects.requireNonNull(this.waitingWeeks),
				(this.languages != null) ? this.languages : List.of(),
				(this.networkTags != null) ? this.networkTags : List.of(),
				(this.intakeLimits != null) ? this.intakeLimits.stream()
					.map((limit) -> new IntakeLimit(Objects.requireNonNull(limit.code()),
							Objects.requireNonNull(limit.nl()), Objects.requireNonNull(limit.en()),
							limit.appliesWhen()))
					.toList() : List.of(),
				(this.careCostTeam != null) ? new CareCostTeam(this.careCostTeam.email(), this.careCostTeam.phone())
						: null);
	}

}
