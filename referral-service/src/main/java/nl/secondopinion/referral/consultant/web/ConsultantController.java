package nl.secondopinion.referral.consultant.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.referral.consultant.Consultant;
import nl.secondopinion.referral.consultant.ConsultantDirectory;
import nl.secondopinion.referral.idempotency.IdempotencyKeys;

@RestController
@Tag(name = "Consultant directory")
@SecurityRequirement(name = "bearer")
class ConsultantController {

	private final ConsultantDirectory directory;

	private final IdempotencyKeys idempotencyKeys;

	ConsultantController(ConsultantDirectory directory, IdempotencyKeys idempotencyKeys) {
		this.directory = directory;
		this.idempotencyKeys = idempotencyKeys;
	}

	@GetMapping("/api/consultants")
	@Operation(summary = "Find consultants, shortest waiting time first",
			description = "Who may call: any authenticated user.")
	@ApiResponse(responseCode = "200", description = "The consultants")
	List<Consultant> find(@Parameter(description = "e.g. neurology; all when left out") @RequestParam(
			required = false) @Nullable String specialty) {
		return this.directory.find(specialty);
	}

	@GetMapping("/api/consultants/{id}")
	@Operation(summary = "One consultant", description = "Who may call: any authenticated user.")
	@ApiResponse(responseCode = "200", description = "The consultant")
	@ApiResponse(responseCode = "404", description = "Not in the directory")
	Consultant get(@PathVariable String id) {
		return this.directory.get(id);
	}

	@PostMapping(path = "/api/consultants", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a consultant",
			description = "Who may call: role platform-admin. Idempotency-Key: a replay answers the consultant "
					+ "added first, the same key with another body 422.")
	@ApiResponse(responseCode = "201", description = "Added; Location points to it")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors")
	@ApiResponse(responseCode = "403", description = "Not a platform admin")
	@ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
	ResponseEntity<Consultant> add(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody ConsultantBody body) {
		IdempotencyKeys.Outcome<Consultant> added = this.idempotencyKeys.once("POST /api/consultants",
				token.getSubject(), idempotencyKey, IdempotencyKeys.hash(body),
				() -> this.directory.save(body.toConsultant(UUID.randomUUID().toString())), Consultant::id,
				this.directory::get);
		return ResponseEntity.created(URI.create("/api/consultants/" + added.value().id()))
			.header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(added.replay()))
			.body(added.value());
	}

	@PutMapping(path = "/api/consultants/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a consultant, e.g. accepting or waiting time",
			description = "Who may call: role platform-admin.")
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors")
	@ApiResponse(responseCode = "403", description = "Not a platform admin")
	@ApiResponse(responseCode = "404", description = "Not in the directory")
	Consultant change(@PathVariable String id, @Valid @RequestBody ConsultantBody body) {
		this.directory.get(id);
		return this.directory.save(body.toConsultant(id));
	}

	@GetMapping("/internal/consultants")
	@Operation(summary = "Find consultants (for other services), shortest waiting time first",
			description = "Who may call: role platform-service. Same data as GET /api/consultants.")
	@ApiResponse(responseCode = "200", description = "The consultants")
	List<Consultant> findInternal(@RequestParam(required = false) @Nullable String specialty) {
		return this.directory.find(specialty);
	}

}
