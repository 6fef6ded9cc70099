package nl.secondopinion.insurance.mediation.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.insurance.context.Consultant;
import nl.secondopinion.insurance.mediation.ContactPreference;
import nl.secondopinion.insurance.mediation.MediationRequest;
import nl.secondopinion.insurance.mediation.MediationService;
import nl.secondopinion.insurance.mediation.Turnaround;
import nl.secondopinion.insurance.mediation.WaitingWish;
import nl.secondopinion.support.security.CurrentUser;

@RestController
class MediationController {

	private final MediationService mediation;

	MediationController(MediationService mediation) {
		this.mediation = mediation;
	}

	@Operation(summary = "Ask the own insurer for help finding a consultant with a shorter wait",
			description = "The patient or a representative with consent. 201; 404 for a request the caller may "
					+ "not act on; 409 when a mediation is already open; 422 when the request has no insurer "
					+ "or specialty; 503 when referral-service is unavailable.")
	@PostMapping("/api/mediation/requests")
	ResponseEntity<MediationResponse> open(@Valid @RequestBody OpenMediationRequest body,
			@AuthenticationPrincipal Jwt jwt) {
		var wish = body.waitingWish();
		var contact = body.contactPreference();
		MediationRequest request = this.mediation.open(body.requestId(), body.questionCategory(),
				new WaitingWish(wish.maxWaitingWeeks(), wish.maxTravelMinutes(),
						(wish.languages() != null) ? wish.languages() : List.of()),
				new ContactPreference(contact.channel(), contact.phone(), contact.bestTime()), CurrentUser.from(jwt));
		return ResponseEntity.created(URI.create("/api/mediation/requests/" + request.id()))
			.body(MediationResponse.from(request));
	}

	@Operation(summary = "List mediation requests",
			description = "A mediator sees their own insurer's requests; a patient or representative their own.")
	@GetMapping("/api/mediation/requests")
	List<MediationResponse> list(@AuthenticationPrincipal Jwt jwt) {
		return this.mediation.list(CurrentUser.from(jwt)).stream().map(MediationResponse::from).toList();
	}

	@Operation(summary = "Read a mediation request",
			description = "Mediators of the request's insurer, the patient and representatives with consent; "
					+ "404 for anybody else, including mediators of another insurer.")
	@GetMapping("/api/mediation/requests/{id}")
	MediationResponse get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		return MediationResponse.from(this.mediation.get(id, CurrentUser.from(jwt)));
	}

	@Operation(summary = "Consultants a mediator can propose",
			description = "Mediators of the request's insurer: the accepting consultants of the specialty from "
					+ "referral-service's directory, shortest wait first. 404 otherwise; 503 when "
					+ "referral-service is unavailable.")
	@GetMapping("/api/mediation/requests/{id}/candidates")
	List<Consultant> candidates(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		return this.mediation.candidates(id, CurrentUser.from(jwt));
	}

	@Operation(summary = "Propose consultants",
			description = "Mediators of the request's insurer. 201; 404 otherwise; 409 when closed; 422 for a "
					+ "consultant not in the directory for the specialty; 503 when referral-service is "
					+ "unavailable.")
	@PostMapping("/api/mediation/requests/{id}/proposals")
	ResponseEntity<MediationResponse> propose(@PathVariable String id, @Valid @RequestBody ProposalRequest body,
			@AuthenticationPrincipal Jwt jwt) {
		MediationRequest request = this.mediation.propose(id, body.consultantIds(), body.note(), CurrentUser.from(jwt));
		return ResponseEntity.status(201).body(MediationResponse.from(request));
	}

	@Operation(summary = "Record the outcome",
			description = "Mediators of the request's insurer. 200; 404 otherwise; 409 when closed already; 422 "
					+ "when an accepted consultant was not proposed.")
	@PostMapping("/api/mediation/requests/{id}/outcome")
	MediationResponse outcome(@PathVariable String id, @Valid @RequestBody OutcomeRequest body,
			@AuthenticationPrincipal Jwt jwt) {
		return MediationResponse
			.from(this.mediation.recordOutcome(id, body.outcome(), body.consultantId(), CurrentUser.from(jwt)));
	}

	@Operation(summary = "Turnaround of the mediator's own desk",
			description = "Mediators only: request to first proposal against the working-day target.")
	@GetMapping("/api/mediation/turnaround")
	Turnaround turnaround(@AuthenticationPrincipal Jwt jwt) {
		CurrentUser caller = CurrentUser.from(jwt);
		return this.mediation.turnaround(this.mediation.deskOf(caller));
	}

}
