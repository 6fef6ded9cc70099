package nl.secondopinion.referral.request.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.referral.request.RequestService;

@RestController
@Tag(name = "Internal: for other services")
@SecurityRequirement(name = "bearer")
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
	@ApiResponse(responseCode = "403", description = "Not a service account")
	@ApiResponse(responseCode = "404", description = "No such request")
	ContextResponse context(@PathVariable String id) {
		return ContextResponse.of(this.requests.context(id));
	}

}
