package nl.secondopinion.referral.request.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.referral.idempotency.IdempotencyKeys;
import nl.secondopinion.referral.request.DecisionQuestion;
import nl.secondopinion.referral.request.FollowUpQuestion;
import nl.secondopinion.referral.request.RequestService;

/**
 * The steps of the journey. Every step answers the request as it is afterwards; 404 when
 * the caller may not see it, 403 when their part does not allow the step, 409 naming the
 * current status and the allowed next steps when the journey does not allow it now.
 */
@RestController
@RequestMapping("/api/requests/{id}")
@Tag(name = "Second-opinion journey")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "403", description = "Your part in the request does not allow this step")
@ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
@ApiResponse(responseCode = "409", description = "Not allowed in the current status, or a concurrent change won")
class JourneyController {

	private final RequestService requests;

	JourneyController(RequestService requests) {
		this.requests = requests;
	}

	@PostMapping("/submit")
	@Operation(summary = "Submit the request",
			description = "Who may call: the patient, or their representative "
					+ "within consent. Needs treating doctor, insurer and facts (422 listing what is missing).")
	@ApiResponse(responseCode = "200", description = "SUBMITTED; repeat and third-opinion flags set")
	@ApiResponse(responseCode = "422", description = "Fields missing for submission, listed in errors")
	RequestResponse submit(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return RequestResponse.of(this.requests.submit(Callers.from(token), id));
	}

	@PostMapping("/patient-consent")
	@Operation(summary = "Confirm (or refuse, or later withdraw) a representative's request",
			description = "Who may call: the patient the request is about. consent=true turns "
					+ "AWAITING_PATIENT_CONSENT into DRAFT; false cancels it, or later ends the representative's "
					+ "access.")
	@ApiResponse(responseCode = "200", description = "The request after the decision")
	RequestResponse consent(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.Consent body) {
		return RequestResponse
			.of(this.requests.decideConsent(Callers.from(token), id, Boolean.TRUE.equals(body.consent()), body.note()));
	}

	@PostMapping("/referral")
	@Operation(summary = "Issue a referral with the question as the referrer puts it",
			description = "Who may call: the GP named on the request (or under review), or the treating "
					+ "specialist (by AGB code). Valid 12 months.")
	@ApiResponse(responseCode = "200", description = "REFERRED")
	@ApiResponse(responseCode = "400", description = "No substantive question")
	RequestResponse refer(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.ReferralBody body) {
		return RequestResponse
			.of(this.requests.issueReferral(Callers.from(token), id, Objects.requireNonNull(body.question()).strip()));
	}

	@PostMapping("/referral-refusal")
	@Operation(summary = "Refuse a referral with a substantiated reason",
			description = "Who may call: as for the referral. The reason is recorded and shown to the patient, who "
					+ "may still go on without referral.")
	@ApiResponse(responseCode = "200", description = "REFERRAL_REFUSED")
	@ApiResponse(responseCode = "400", description = "No substantiated reason")
	RequestResponse refuse(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.RefusalBody body) {
		return RequestResponse
			.of(this.requests.refuseReferral(Callers.from(token), id, Objects.requireNonNull(body.reason()).strip()));
	}

	@PostMapping("/self-referral")
	@Operation(summary = "Go on without a referral",
			description = "Who may call: the patient, or their representative within consent. The answer carries "
					+ "the warning that reimbursement is unlikely (selfReferral.warning).")
	@ApiResponse(responseCode = "200", description = "SELF_REFERRED")
	RequestResponse selfRefer(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return RequestResponse.of(this.requests.selfRefer(Callers.from(token), id));
	}

	@PostMapping("/consultant")
	@Operation(summary = "Choose the consultant",
			description = "Who may call: the patient, or their representative within consent. Refused with 422 "
					+ "when the consultant is unknown, not accepting, or not independent of the treating doctor "
					+ "(rule names the failed rule).")
	@ApiResponse(responseCode = "200", description = "CONSULTANT_ASSIGNED")
	@ApiResponse(responseCode = "422", description = "Unknown, not accepting or not independent")
	RequestResponse assign(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.ConsultantChoice body) {
		return RequestResponse
			.of(this.requests.assignConsultant(Callers.from(token), id, Objects.requireNonNull(body.consultantId())));
	}

	@PostMapping("/coverage-acceptance")
	@Operation(summary = "Accept that coverage is uncertain",
			description = "Who may call: the patient, or their representative within consent. Lets an appointment "
					+ "be made although the insurer has not decided.")
	@ApiResponse(responseCode = "200", description = "Acceptance recorded")
	RequestResponse acceptCoverage(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return RequestResponse.of(this.requests.acceptUncertainCoverage(Callers.from(token), id));
	}

	@PostMapping("/appointment")
	@Operation(summary = "Schedule the in-person appointment",
			description = "Who may call: the assigned consultant, or an intake coordinator of their site. Accepted "
					+ "only with a valid referral (or self-referral), a complete dossier (dossier-service) and "
					+ "coverage known or accepted as uncertain (insurance-service). Site intake limits become "
					+ "warnings.")
	@ApiResponse(responseCode = "200", description = "APPOINTMENT_SCHEDULED")
	@ApiResponse(responseCode = "422",
			description = "referral-missing, referral-expired, dossier-incomplete (missing listed) or coverage-unknown")
	@ApiResponse(responseCode = "503",
			description = "Dossier or insurance service unavailable; nothing changed; see Retry-After")
	RequestResponse schedule(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.AppointmentBody body) {
		return RequestResponse.of(this.requests.scheduleAppointment(Callers.from(token), id,
				Objects.requireNonNull(body.at()), body.location()));
	}

	@PostMapping("/consultation")
	@Operation(summary = "Record that the patient was seen in person",
			description = "Who may call: the assigned consultant.")
	@ApiResponse(responseCode = "200", description = "CONSULTED")
	RequestResponse consulted(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return RequestResponse.of(this.requests.recordConsultation(Callers.from(token), id));
	}

	@PostMapping("/report")
	@Operation(summary = "Write the report",
			description = "Who may call: the assigned consultant, after the "
					+ "consultation. transferOfCareAdvised=true leads to TRANSFER_OF_CARE_PROPOSED. "
					+ "Idempotency-Key: a replay answers the report, the same key with another body 422.")
	@ApiResponse(responseCode = "201", description = "The report")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors")
	@ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
	ResponseEntity<ReportResponse> writeReport(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody StepBodies.ReportBody body) {
		List<String> alternatives = (body.alternativeTreatmentOptions() != null) ? body.alternativeTreatmentOptions()
				: List.of();
		IdempotencyKeys.Outcome<RequestService.View> written = this.requests.writeReport(Callers.from(token), id,
				Objects.requireNonNull(body.outcome()), Objects.requireNonNull(body.findings()),
				Objects.requireNonNull(body.recommendations()), alternatives,
				Boolean.TRUE.equals(body.transferOfCareAdvised()), idempotencyKey, IdempotencyKeys.hash(body));
		ReportResponse report = ReportResponse.of(written.value().request());
		return ResponseEntity.created(URI.create("/api/requests/" + report.requestId() + "/report"))
			.header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(written.replay()))
			.body(report);
	}

	@GetMapping("/report")
	@Operation(summary = "Read the report",
			description = "Who may call: the patient, a representative within consent, the referring or treating "
					+ "doctor, and the consultant who wrote it. Nobody else: 404, as before a report exists.")
	@ApiResponse(responseCode = "200", description = "The report")
	ReportResponse readReport(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return ReportResponse.of(this.requests.report(Callers.from(token), id).request());
	}

	@PostMapping("/transfer-of-care-decision")
	@Operation(summary = "Decide on a proposed transfer of care",
			description = "Who may call: the treating doctor or the referrer (decided with the patient).")
	@ApiResponse(responseCode = "200", description = "Back to REPORTED with the decision")
	RequestResponse decideTransfer(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.TransferDecisionBody body) {
		return RequestResponse.of(this.requests.decideTransfer(Callers.from(token), id,
				Boolean.TRUE.equals(body.accepted()), body.note()));
	}

	@PostMapping("/decision-answers")
	@Operation(summary = "Save the patient's answers to the ten decision questions",
			description = "Who may call: the patient, or their representative within consent, once the report is "
					+ "there and until the case is closed.")
	@ApiResponse(responseCode = "200", description = "The request with the answers")
	RequestResponse answerDecisionQuestions(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.DecisionAnswers body) {
		Map<DecisionQuestion, String> answers = new LinkedHashMap<>();
		Objects.requireNonNull(body.answers())
			.forEach((answer) -> answers.put(Objects.requireNonNull(answer.question()),
					Objects.requireNonNull(answer.answer()).strip()));
		return RequestResponse.of(this.requests.answerDecisionQuestions(Callers.from(token), id, answers));
	}

	@PostMapping("/follow-up-questions")
	@Operation(summary = "Ask the consultant a follow-up question",
			description = "Who may call: the patient, or their representative within consent, once the report is "
					+ "there and until the case is closed. Idempotency-Key: a replay answers the original "
					+ "question, the same key with another body 422.")
	@ApiResponse(responseCode = "201", description = "The question")
	@ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
	ResponseEntity<FollowUpQuestion> askFollowUp(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody StepBodies.FollowUp body) {
		IdempotencyKeys.Outcome<FollowUpQuestion> asked = this.requests.askFollowUp(Callers.from(token), id,
				Objects.requireNonNull(body.question()).strip(), idempotencyKey, IdempotencyKeys.hash(body));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(asked.replay()))
			.body(asked.value());
	}

	@PostMapping("/follow-up-questions/{questionId}/answer")
	@Operation(summary = "Answer a follow-up question", description = "Who may call: the assigned consultant.")
	@ApiResponse(responseCode = "200", description = "The answered question")
	FollowUpQuestion answerFollowUp(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@PathVariable String questionId, @Valid @RequestBody StepBodies.FollowUpAnswer body) {
		return this.requests.answerFollowUp(Callers.from(token), id, questionId,
				Objects.requireNonNull(body.answer()).strip());
	}

	@PostMapping("/close")
	@Operation(summary = "Close the case after discussing the report",
			description = "Who may call: the patient, or their representative within consent.")
	@ApiResponse(responseCode = "200", description = "CLOSED")
	RequestResponse close(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody(required = false) StepBodies.@Nullable Why body) {
		return RequestResponse.of(this.requests.close(Callers.from(token), id, (body != null) ? body.reason() : null));
	}

	@PostMapping("/withdraw")
	@Operation(summary = "Withdraw the request",
			description = "Who may call: the patient, or their representative. Allowed until the consultation.")
	@ApiResponse(responseCode = "200", description = "WITHDRAWN")
	RequestResponse withdraw(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody(required = false) StepBodies.@Nullable Why body) {
		return RequestResponse
			.of(this.requests.withdraw(Callers.from(token), id, (body != null) ? body.reason() : null));
	}

	@PostMapping("/cancel")
	@Operation(summary = "Cancel at the consultant's site, e.g. an intake limit rules the patient out",
			description = "Who may call: the assigned consultant or an intake coordinator of their site; a reason "
					+ "is required.")
	@ApiResponse(responseCode = "200", description = "CANCELLED")
	RequestResponse cancel(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.RequiredWhy body) {
		return RequestResponse
			.of(this.requests.cancel(Callers.from(token), id, Objects.requireNonNull(body.reason()).strip()));
	}

}
