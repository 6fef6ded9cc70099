package nl.secondopinion.referral.request.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import nl.secondopinion.referral.idempotency.IdempotencyKeys;
import nl.secondopinion.referral.request.RequestService;

@RestController
@RequestMapping("/api/requests")
@Tag(name = "Second-opinion requests")
@SecurityRequirement(name = "bearer")
class RequestController {

	private final RequestService requests;

	RequestController(RequestService requests) {
		this.requests = requests;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a request",
			description = "Who may call: role patient (a draft of their own), or role representative (a request for "
					+ "the patient of their recorded relation, the represents claim, and nobody else; "
					+ "AWAITING_PATIENT_CONSENT until that patient confirms). Idempotency-Key: a replay answers the original request, the same key with "
					+ "another body 422.")
	@ApiResponse(responseCode = "201", description = "Created; Location points to it")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors")
	@ApiResponse(responseCode = "403", description = "Caller is neither patient nor representative")
	@ApiResponse(responseCode = "415", description = "Body is not application/json")
	@ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
	ResponseEntity<RequestResponse> create(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody CreateRequestBody body) {
		RequestService.Created created = this.requests.create(Callers.from(token), body.toDetails(), idempotencyKey,
				IdempotencyKeys.hash(body));
		URI location = UriComponentsBuilder.fromPath("/api/requests/{id}")
			.buildAndExpand(created.view().request().id())
			.toUri();
		return ResponseEntity.created(location)
			.header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(created.replay()))
			.body(RequestResponse.of(created.view()));
	}

	@GetMapping
	@Operation(summary = "List the requests the caller may see",
			description = "Who may call: any authenticated user; each sees only the requests they have a part in "
					+ "(patient: own; representative: within consent; GP/specialist: named as treating doctor or GP, "
					+ "or referrer; consultant: assigned; intake coordinator: at their site), newest first.")
	@ApiResponse(responseCode = "200", description = "The visible requests")
	List<RequestResponse> list(@AuthenticationPrincipal Jwt token) {
		return this.requests.visibleTo(Callers.from(token)).stream().map(RequestResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one request",
			description = "Who may call: anyone with a part in the request (see the list). Anyone else gets the "
					+ "same 404 as for an unknown id.")
	@ApiResponse(responseCode = "200", description = "The request")
	@ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
	RequestResponse get(@AuthenticationPrincipal Jwt token,
			@Parameter(description = "Request id") @PathVariable String id) {
		return RequestResponse.of(this.requests.get(Callers.from(token), id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change what the patient filled in",
			description = "Who may call: the patient, or their representative, while the request is a draft or "
					+ "awaits the patient's consent.")
	@ApiResponse(responseCode = "200", description = "The changed request")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors")
	@ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
	@ApiResponse(responseCode = "409", description = "No longer a draft; names the current status")
	RequestResponse update(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody CreateRequestBody body) {
		return RequestResponse.of(this.requests.updateDetails(Callers.from(token), id, body.toDetails()));
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "The request's history: who, when, what, why, on behalf of whom",
			description = "Who may call: anyone with a part in the request.")
	@ApiResponse(responseCode = "200", description = "Oldest first")
	@ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
	List<TimelineResponse> timeline(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return this.requests.get(Callers.from(token), id)
			.request()
			.timeline()
			.stream()
			.map(TimelineResponse::of)
			.toList();
	}

	@GetMapping("/{id}/coverage-estimate")
	@Operation(summary = "Estimate whether the insurer reimburses this second opinion",
			description = "Who may call: the patient, or their representative. Asks the insurance service; "
					+ "nothing is stored.")
	@ApiResponse(responseCode = "200", description = "The insurance service's estimate")
	@ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
	@ApiResponse(responseCode = "422",
			description = "The request names no insurer, or an insurer the insurance service does not know")
	@ApiResponse(responseCode = "502", description = "The insurance service refused the call")
	@ApiResponse(responseCode = "503", description = "The insurance service is unavailable; see Retry-After")
	CoverageEstimateResponse coverageEstimate(@AuthenticationPrincipal Jwt token,
			@Parameter(description = "Request id") @PathVariable String id) {
		return CoverageEstimateResponse.of(this.requests.estimateCoverage(Callers.from(token), id));
	}

}
