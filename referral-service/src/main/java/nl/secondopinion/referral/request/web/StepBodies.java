package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.AskedQuestion;
import nl.secondopinion.referral.request.ClosingDecision;
import nl.secondopinion.referral.request.CoverageChoice.Kind;
import nl.secondopinion.referral.request.DecisionQuestion;
import nl.secondopinion.referral.request.QuestionAnswer;
import nl.secondopinion.referral.request.ReportDraft;
import nl.secondopinion.referral.request.ReportImpact;
import nl.secondopinion.referral.request.ReportOutcome;
import nl.secondopinion.referral.request.Triage;

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

	record AcceptBody(@NotNull @Nullable Triage triage, @Size(max = 2000) @Nullable String note) {

	}

	record DeclineBody(
			@Schema(description = "Why, shown to the patient") @NotBlank @Size(max = 2000) @Nullable String reason) {

	}

	record NewExaminationBody(
			@Schema(description = "Why the patient asks for it") @NotBlank @Size(max = 2000) @Nullable String reason) {

	}

	record CoverageChoiceBody(@NotNull @Nullable Kind choice) {

	}

	record ReportBody(@NotNull @Nullable ReportOutcome outcome,
			@Schema(description = "One answer per question asked: PATIENT_QUESTION, and REFERRAL_QUESTION when "
					+ "the referral states one") @NotEmpty @Size(
							max = 2) @Nullable List<@Valid @NotNull AnswerBody> answers,
			@NotNull @Nullable ReportImpact impact, @NotBlank @Size(max = 20000) @Nullable String findings,
			@NotBlank @Size(max = 20000) @Nullable String recommendations,
			@Size(max = 20) @Nullable List<@NotBlank @Size(max = 2000) String> alternativeTreatmentOptions,
			@NotNull @Nullable Boolean transferOfCareAdvised,
			@Schema(description = "Why and to whom; required when a transfer is advised") @Size(
					max = 4000) @Nullable String transferAdvice) {

		record AnswerBody(@NotNull @Nullable AskedQuestion question,
				@NotBlank @Size(max = 20000) @Nullable String answer) {

		}

		ReportDraft toDraft() {
			return new ReportDraft(Objects.requireNonNull(this.outcome),
					Objects.requireNonNull(this.answers)
						.stream()
						.map((answer) -> new QuestionAnswer(Objects.requireNonNull(answer.question()),
								Objects.requireNonNull(answer.answer()).strip()))
						.toList(),
					Objects.requireNonNull(this.impact), Objects.requireNonNull(this.findings),
					Objects.requireNonNull(this.recommendations),
					(this.alternativeTreatmentOptions != null) ? this.alternativeTreatmentOptions : List.of(),
					Boolean.TRUE.equals(this.transferOfCareAdvised),
					(this.transferAdvice == null || this.transferAdvice.isBlank()) ? null
							: this.transferAdvice.strip());
		}

	}

	record TransferDecisionBody(@NotNull @Nullable Boolean accepted, @Size(max = 2000) @Nullable String note) {

	}

	record DecisionAnswers(@NotEmpty @Size(max = 10) @Nullable List<@Valid @NotNull Answer> answers) {

		record Answer(@NotNull @Nullable DecisionQuestion question, @NotBlank @Size(max = 4000) @Nullable String answer,
				@Schema(description = "Let the own doctors read this answer") @Nullable Boolean shareWithDoctor) {

		}

	}

	record FollowUp(@NotBlank @Size(max = 4000) @Nullable String question) {

	}

	record FollowUpAnswer(@NotBlank @Size(max = 4000) @Nullable String answer) {

	}

	record Why(@Size(max = 1000) @Nullable String reason) {

	}

	record CloseBody(@Schema(
			description = "The patient's decision with their own doctor") @NotNull ClosingDecision.@Nullable Kind decision,
			@Schema(description = "TRANSFER_OF_CARE only: the first day the new doctor is responsible") @Nullable LocalDate careTakenOverOn,
			@Size(max = 2000) @Nullable String note) {

	}

	record RequiredWhy(@NotBlank @Size(max = 1000) @Nullable String reason) {

	}

}
