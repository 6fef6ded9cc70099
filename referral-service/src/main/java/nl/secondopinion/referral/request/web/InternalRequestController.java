package nl.secondopinion.referral.request.web;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.referral.consultant.Consultant;
import nl.secondopinion.referral.request.RequestService;
import nl.secondopinion.referral.request.SecondOpinionRequest;

@RestController
@Tag(name = "Internal: for other services")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "403", description = "Not a service account")
@ApiResponse(responseCode = "404", description = "No such request")
class InternalRequestController {

	private final RequestService requests;

	InternalRequestController(RequestService requests) {
		this.requests = requests;
	}

	@GetMapping("/internal/requests/{id}/context")
	@Operation(summary = "Who is involved in a request, and the facts other services' rules need",
			description = "Who may call: role platform-service (service accounts; not routed by the gateway). Never "
					+ "the question or the report.")
	@ApiResponse(responseCode = "200", description = "The context")
	ContextResponse context(@PathVariable String id) {
		SecondOpinionRequest request = this.requests.context(id);
		return ContextResponse.of(request, this.requests.clockOf(request));
	}

	@GetMapping("/internal/requests/{id}/candidates")
	@Operation(summary = "The consultants the patient may choose now, for an insurer's care-mediation desk",
			description = "Who may call: role platform-service. The same list and rule as the patient's own choice: "
					+ "accepting, same specialty, independent of the treating doctor at the same level, not declined "
					+ "before, within maxWaitingWeeks when given; shortest wait first.")
	@ApiResponse(responseCode = "200", description = "The candidates")
	List<Consultant> candidates(@PathVariable String id,
			@RequestParam(required = false) @Min(0) @Max(260) @Nullable Integer maxWaitingWeeks) {
		return this.requests.candidates(this.requests.context(id), maxWaitingWeeks);
	}

	@PostMapping(path = "/internal/requests/{id}/consultant", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assign the consultant of a proposal the patient accepted through care mediation",
			description = "Who may call: role platform-service. Every check of the patient's own choice runs; the "
					+ "timeline names the mediation.")
	@ApiResponse(responseCode = "200", description = "Assigned; the context after it")
	@ApiResponse(responseCode = "409", description = "illegal-transition or concurrent-change")
	@ApiResponse(responseCode = "422",
			description = "unknown-consultant, consultant-not-accepting, consultant-not-independent or "
					+ "consultant-declined")
	ContextResponse assign(@PathVariable String id, @Valid @RequestBody MediationAssignment body) {
		SecondOpinionRequest request = this.requests.assignThroughMediation(id,
				Objects.requireNonNull(body.consultantId()), Objects.requireNonNull(body.mediationId()));
		return ContextResponse.of(request, this.requests.clockOf(request));
	}

	record MediationAssignment(@NotBlank @Size(max = 100) @Nullable String consultantId,
			@NotBlank @Size(max = 100) @Nullable String mediationId) {

	}

}
