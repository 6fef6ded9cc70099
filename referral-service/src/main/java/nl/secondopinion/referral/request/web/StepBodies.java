package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.DecisionQuestion;
import nl.secondopinion.referral.request.ReportOutcome;

/** The bodies of the journey's steps. */
final class StepBodies {

	private StepBodies() {
	}

	record Consent(@Schema(description = "true: this request is my will") @NotNull @Nullable Boolean consent,
			@Size(max = 1000) @Nullable String note) {

	}

	record ReferralBody(@Schema(
			description = "The question as the referrer formulates it (vraagstelling)") @NotNull @SubstantiveQuestion @Nullable String question) {

	}

	record RefusalBody(
			@Schema(description = "The substantiated reason; shown to the patient") @NotNull @SubstantiveQuestion(
					message = "must be a substantiated reason") @Nullable String reason) {

	}

	record ConsultantChoice(@NotBlank @Size(max = 100) @Nullable String consultantId) {

	}

	record AppointmentBody(@NotNull @Future @Nullable Instant at, @Size(max = 300) @Nullable String location) {

	}

	record ReportBody(@NotNull @Nullable ReportOutcome outcome, @NotBlank @Size(max = 20000) @Nullable String findings,
			@NotBlank @Size(max = 20000) @Nullable String recommendations,
			@Size(max = 20) @Nullable List<@NotBlank @Size(max = 2000) String> alternativeTreatmentOptions,
			@NotNull @Nullable Boolean transferOfCareAdvised) {

	}

	record TransferDecisionBody(@NotNull @Nullable Boolean accepted, @Size(max = 2000) @Nullable String note) {

	}

	record DecisionAnswers(@NotEmpty @Size(max = 10) @Nullable List<@Valid @NotNull Answer> answers) {

		record Answer(@NotNull @Nullable DecisionQuestion question,
				@NotBlank @Size(max = 4000) @Nullable String answer) {

		}

	}

	record FollowUp(@NotBlank @Size(max = 4000) @Nullable String question) {

	}

	record FollowUpAnswer(@NotBlank @Size(max = 4000) @Nullable String answer) {

	}

	record Why(@Size(max = 1000) @Nullable String reason) {

	}

	record RequiredWhy(@NotBlank @Size(max = 1000) @Nullable String reason) {

	}

}
