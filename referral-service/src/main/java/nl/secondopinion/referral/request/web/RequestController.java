package nl.secondopinion.referral.request.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import nl.secondopinion.referral.request.RequestService;
import nl.secondopinion.referral.request.SecondOpinionRequest;
import nl.secondopinion.support.security.CurrentUser;

@RestController
@RequestMapping("/api/requests")
@Tag(name = "Second-opinion requests")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No valid access token for referral-service",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class RequestController {

	private final RequestService requests;

	RequestController(RequestService requests) {
		this.requests = requests;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a draft request",
			description = "Who may call: role patient. The draft belongs to the caller (token subject).")
	@ApiResponse(responseCode = "201", description = "Draft created; Location points to it")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Caller is not a patient",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "Body is not application/json",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<RequestResponse> create(@AuthenticationPrincipal Jwt token,
			@Valid @RequestBody CreateRequestBody body) {
		SecondOpinionRequest draft = this.requests.startDraft(CurrentUser.from(token), body.toNewRequest());
		URI location = UriComponentsBuilder.fromPath("/api/requests/{id}").buildAndExpand(draft.id()).toUri();
		return ResponseEntity.created(location).body(RequestResponse.of(draft));
	}

	@GetMapping
	@Operation(summary = "List the requests the caller may see",
			description = "Who may call: any authenticated user. For now a patient sees their own requests, "
					+ "newest first; other roles get an empty list.")
	@ApiResponse(responseCode = "200", description = "The visible requests")
	List<RequestResponse> list(@AuthenticationPrincipal Jwt token) {
		return this.requests.visibleTo(CurrentUser.from(token)).stream().map(RequestResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one request",
			description = "Who may call: the owner (patient). Anyone else gets the same 404 as for an unknown id.")
	@ApiResponse(responseCode = "200", description = "The request")
	@ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	RequestResponse get(@AuthenticationPrincipal Jwt token,
			@Parameter(description = "Request id") @PathVariable String id) {
		return RequestResponse.of(this.requests.get(CurrentUser.from(token), id));
	}

	@GetMapping("/{id}/coverage-estimate")
	@Operation(summary = "Estimate whether the insurer reimburses this second opinion",
			description = "Who may call: the owner (patient). Asks the insurance service; nothing is stored.")
	@ApiResponse(responseCode = "200", description = "The insurance service's estimate")
	@ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "The request names no insurer, or an insurer the insurance " + "service does not know",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "502", description = "The insurance service refused the call",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "The insurance service is unavailable; see Retry-After",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	CoverageEstimateResponse coverageEstimate(@AuthenticationPrincipal Jwt token,
			@Parameter(description = "Request id") @PathVariable String id) {
		return CoverageEstimateResponse.of(this.requests.estimateCoverage(CurrentUser.from(token), id));
	}

}
