package nl.secondopinion.referral.request.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.referral.request.DecisionQuestion;

@RestController
@Tag(name = "Second-opinion journey")
@SecurityRequirement(name = "bearer")
class DecisionQuestionController {

	record QuestionText(DecisionQuestion code, String nl, String en) {

	}

	@GetMapping("/api/decision-questions")
	@Operation(summary = "The ten questions that help a patient decide after the report",
			description = "Who may call: any authenticated user. In Dutch and English, in the order the patient "
					+ "reads them; answers are saved with POST /api/requests/{id}/decision-answers.")
	@ApiResponse(responseCode = "200", description = "The questions")
	List<QuestionText> questions() {
		return Arrays.stream(DecisionQuestion.values())
			.map((question) -> new QuestionText(question, question.nl(), question.en()))
			.toList();
	}

}
