package nl.secondopinion.insurance.mediation.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.mediation.ContactPreference.Channel;
import nl.secondopinion.insurance.mediation.ContactPreference.DayPart;
import nl.secondopinion.insurance.mediation.QuestionCategory;

/** Structured only: no free text that could carry medical content to the insurer. */
record OpenMediationRequest(@NotBlank @Size(max = 64) String requestId, @NotNull QuestionCategory questionCategory,
		@NotNull @Valid Wish waitingWish, @NotNull @Valid Contact contactPreference) {

	record Wish(@Nullable @Min(0) @Max(52) Integer maxWaitingWeeks,
			@Nullable @Min(0) @Max(600) Integer maxTravelMinutes,
			@Nullable @Size(max = 5) List<@Pattern(regexp = "[a-z]{2}") String> languages) {

	}

	record Contact(@NotNull Channel channel,
			@Nullable @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number") String phone,
			@Nullable DayPart bestTime) {

	}

}
