package nl.secondopinion.insurance.mediation.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import nl.secondopinion.insurance.mediation.CasePhase;
import nl.secondopinion.insurance.mediation.CasePhases;
import nl.secondopinion.insurance.mediation.ContactPreference;
import nl.secondopinion.insurance.mediation.MediationRequest;
import nl.secondopinion.insurance.mediation.MediationService;
import nl.secondopinion.insurance.mediation.Turnaround;
import nl.secondopinion.insurance.mediation.TurnaroundReport;
import nl.secondopinion.insurance.mediation.WaitingWish;
import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

@RestController
class MediationController {

	private final MediationService mediation;

	private final CasePhases phases;

	private final TurnaroundReport turnarounds;

	MediationController(MediationService mediation, CasePhases phases, TurnaroundReport turnarounds) {
		this.mediation = mediation;
		this.phases = phases;
		this.turnarounds = turnarounds;
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
			description = "A mediator sees their own insurer's requests, each with the request's current phase "
					+ "(requestPhase, or requestPhaseUnavailable: true while referral-service cannot be read); a "
					+ "patient or representative their own.")
	@GetMapping("/api/mediation/requests")
	List<MediationResponse> list(@AuthenticationPrincipal Jwt jwt) {
		CurrentUser caller = CurrentUser.from(jwt);
		List<MediationRequest> requests = this.mediation.list(caller);
		if (!caller.has(Role.INSURER_MEDIATOR)) {
			return requests.stream().map(MediationResponse::from).toList();
		}
		Map<String, CasePhase> phases = this.phases.of(requests);
		return requests.stream().map((request) -> MediationResponse.from(request, phases.get(request.id()))).toList();
	}

	@Operation(summary = "Read a mediation request",
			description = "Mediators of the request's insurer (with the request's phase, as in the list), the "
					+ "patient and representatives with consent; 404 for anybody else, including mediators of "
					+ "another insurer.")
	@GetMapping("/api/mediation/requests/{id}")
	MediationResponse get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		CurrentUser caller = CurrentUser.from(jwt);
		return answer(this.mediation.get(id, caller), caller);
	}

	@Operation(summary = "Consultants a mediator can propose",
			description = "Mediators of the request's insurer: the consultants the patient may choose "
					+ "(referral-service's candidates: accepting, of the specialty, independent of the treating "
					+ "doctor and at the same level, not declined), at most the wish's maximum wait, shortest wait "
					+ "first. 404 otherwise; 503 when referral-service is unavailable.")
	@GetMapping("/api/mediation/requests/{id}/candidates")
	List<Consultant> candidates(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		return this.mediation.candidates(id, CurrentUser.from(jwt));
	}

	@Operation(summary = "Propose consultants",
			description = "Mediators of the request's insurer. 201; 404 otherwise; 409 when closed; 422 "
					+ "consultant-not-candidate for a consultant not among the request's candidates; 503 when "
					+ "referral-service is unavailable.")
	@PostMapping("/api/mediation/requests/{id}/proposals")
	ResponseEntity<MediationResponse> propose(@PathVariable String id, @Valid @RequestBody ProposalRequest body,
			@AuthenticationPrincipal Jwt jwt) {
		CurrentUser caller = CurrentUser.from(jwt);
		MediationRequest request = this.mediation.propose(id, body.consultantIds(), body.note(), caller);
		return ResponseEntity.status(201).body(answer(request, caller));
	}

	@Operation(summary = "Record the outcome",
			description = "Mediators of the request's insurer. PROPOSAL_ACCEPTED assigns the consultant at "
					+ "referral-service first. 200 closed; 404 otherwise; 409 when closed already; 422 "
					+ "consultant-not-proposed, or consultant-not-assignable when referral-service refuses the "
					+ "assignment (its reason in detail; the mediation stays open); 503 referral-unavailable with "
					+ "Retry-After when referral-service cannot be reached (nothing changed).")
	@PostMapping("/api/mediation/requests/{id}/outcome")
	MediationResponse outcome(@PathVariable String id, @Valid @RequestBody OutcomeRequest body,
			@AuthenticationPrincipal Jwt jwt) {
		CurrentUser caller = CurrentUser.from(jwt);
		return answer(this.mediation.recordOutcome(id, body.outcome(), body.consultantId(), caller), caller);
	}

	@Operation(summary = "Turnaround of the mediator's own desk",
			description = "Mediators only: request to first proposal against the working-day target.")
	@GetMapping("/api/mediation/turnaround")
	Turnaround turnaround(@AuthenticationPrincipal Jwt jwt) {
		CurrentUser caller = CurrentUser.from(jwt);
		return this.turnarounds.of(this.mediation.deskOf(caller));
	}

	/** A desk sees the request's phase, read now; a patient has the request itself. */
	private MediationResponse answer(MediationRequest request, CurrentUser caller) {
		return caller.has(Role.INSURER_MEDIATOR) ? MediationResponse.from(request, this.phases.of(request))
				: MediationResponse.from(request);
	}

}
