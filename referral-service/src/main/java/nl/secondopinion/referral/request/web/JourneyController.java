package nl.secondopinion.referral.request.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.referral.consultant.Consultant;
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

	@GetMapping("/candidates")
	@Operation(summary = "The consultants the patient may choose now",
			description = "Who may call: the patient, or their representative within consent. Accepting "
					+ "consultants of the request's specialty, independent of the treating doctor at the same level, "
					+ "who have not declined this request, within maxWaitingWeeks when given; shortest wait first. "
					+ "The insurer's care-mediation desk proposes from the same list.")
	@ApiResponse(responseCode = "200", description = "The candidates")
	List<Consultant> candidates(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@RequestParam(required = false) @Min(0) @Max(260) @Nullable Integer maxWaitingWeeks) {
		return this.requests.candidates(Callers.from(token), id, maxWaitingWeeks);
	}

	@PostMapping("/acceptance")
	@Operation(summary = "Accept the case, with the triage",
			description = "Who may call: the assigned consultant. Triage CONVERSATION_ONLY or "
					+ "ADDITIONAL_DIAGNOSTICS_FIRST; the note stays in the request. Only an accepted case gets an "
					+ "appointment.")
	@ApiResponse(responseCode = "200", description = "CASE_ACCEPTED")
	RequestResponse accept(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.AcceptBody body) {
		return RequestResponse.of(this.requests.acceptCase(Callers.from(token), id,
				Objects.requireNonNull(body.triage()), blankToNull(body.note())));
	}

	@PostMapping("/decline")
	@Operation(summary = "Decline the case, with a reason for the patient",
			description = "Who may call: the assigned consultant. The patient chooses again among the next "
					+ "candidates (GET …/candidates no longer lists this consultant).")
	@ApiResponse(responseCode = "200", description = "CONSULTANT_DECLINED")
	RequestResponse decline(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.DeclineBody body) {
		return RequestResponse
			.of(this.requests.declineCase(Callers.from(token), id, Objects.requireNonNull(body.reason()).strip()));
	}

	@PutMapping("/triage")
	@Operation(summary = "Change the triage",
			description = "Who may call: the assigned consultant or an intake coordinator of their site, after "
					+ "acceptance and before the consultation.")
	@ApiResponse(responseCode = "200", description = "The request with the new triage")
	RequestResponse triage(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.AcceptBody body) {
		return RequestResponse.of(this.requests.triage(Callers.from(token), id, Objects.requireNonNull(body.triage()),
				blankToNull(body.note())));
	}

	@PostMapping("/new-examination-requests")
	@Operation(summary = "Ask for a new examination",
			description = "Who may call: the patient, or their representative within consent, once the consultant "
					+ "accepted and until the report. The consultant and intake hear of it.")
	@ApiResponse(responseCode = "200", description = "Recorded")
	RequestResponse requestNewExamination(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.NewExaminationBody body) {
		return RequestResponse.of(this.requests.requestNewExamination(Callers.from(token), id,
				Objects.requireNonNull(body.reason()).strip()));
	}

	@PostMapping("/coverage-choice")
	@Operation(summary = "Record the patient's choice when the insurer does not cover",
			description = "Who may call: the patient, or their representative within consent. SELF_PAY_ACCEPTED or "
					+ "CARE_COST_TEAM_CONTACTED (the site's care-cost team: consultant.careCostTeam). Needed before "
					+ "an appointment when coverage is NOT_COVERED, UNCERTAIN, PENDING or not checked.")
	@ApiResponse(responseCode = "200", description = "Choice recorded")
	RequestResponse chooseCoverage(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.CoverageChoiceBody body) {
		return RequestResponse
			.of(this.requests.chooseCoverage(Callers.from(token), id, Objects.requireNonNull(body.choice())));
	}

	@PostMapping("/appointment")
	@Operation(summary = "Schedule the in-person appointment",
			description = "Who may call: the assigned consultant, or an intake coordinator of their site. Accepted "
					+ "only with a valid referral (or self-referral), a complete dossier (dossier-service) and "
					+ "coverage covered or the patient's recorded choice (insurance-service). Site intake limits "
					+ "become warnings.")
	@ApiResponse(responseCode = "200", description = "APPOINTMENT_SCHEDULED")
	@ApiResponse(responseCode = "422",
			description = "referral-missing, referral-expired, dossier-incomplete (missing listed) or "
					+ "coverage-choice-needed")
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
					+ "consultation. Answers every question asked (patient's, and the referrer's when the referral "
					+ "states one), the impact, alternatives; transferOfCareAdvised=true (with transferAdvice) leads "
					+ "to TRANSFER_OF_CARE_PROPOSED. "
					+ "Idempotency-Key: a replay answers the report, the same key with another body 422.")
	@ApiResponse(responseCode = "201", description = "The report")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors")
	@ApiResponse(responseCode = "422",
			description = "A question unanswered or answered twice, transfer advice missing, or the Idempotency-Key "
					+ "reused with another body")
	ResponseEntity<ReportResponse> writeReport(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody StepBodies.ReportBody body) {
		IdempotencyKeys.Outcome<RequestService.View> written = this.requests.writeReport(Callers.from(token), id,
				body.toDraft(), idempotencyKey, IdempotencyKeys.hash(body));
		ReportResponse report = ReportResponse.of(written.value().request());
		return ResponseEntity.created(URI.create("/api/requests/" + report.requestId() + "/report"))
			.header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(written.replay()))
			.body(report);
	}

	@GetMapping("/report")
	@Operation(summary = "Read the report",
			description = "Who may call: the patient, a representative within consent, the referring or treating "
					+ "doctor, the named GP, and the consultant who wrote it. Nobody else: 404, as before a report "
					+ "exists. Answered follow-up questions are its addenda.")
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
					+ "there and until the case is closed. shareWithDoctor lets the own doctors (treating doctor, "
					+ "referrer, named GP) read that answer. The questions: GET /api/decision-questions.")
	@ApiResponse(responseCode = "200", description = "The request with the answers")
	RequestResponse answerDecisionQuestions(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.DecisionAnswers body) {
		Map<DecisionQuestion, String> answers = new LinkedHashMap<>();
		Set<DecisionQuestion> shared = EnumSet.noneOf(DecisionQuestion.class);
		Objects.requireNonNull(body.answers()).forEach((answer) -> {
			answers.put(Objects.requireNonNull(answer.question()), Objects.requireNonNull(answer.answer()).strip());
			if (Boolean.TRUE.equals(answer.shareWithDoctor())) {
				shared.add(answer.question());
			}
		});
		return RequestResponse.of(this.requests.answerDecisionQuestions(Callers.from(token), id, answers, shared));
	}

	@PostMapping("/follow-up-questions")
	@Operation(summary = "Ask the consultant a follow-up question",
			description = "Who may call: the patient, or their representative within consent, once the report is "
					+ "there and until the case is closed, at most secondopinion.referral.journey."
					+ "max-follow-up-questions (3). The consultant hears of it. Idempotency-Key: a replay answers "
					+ "the original question, the same key with another body 422.")
	@ApiResponse(responseCode = "201", description = "The question")
	@ApiResponse(responseCode = "422", description = "follow-up-limit, or Idempotency-Key reused with another body")
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
	@Operation(summary = "Answer a follow-up question",
			description = "Who may call: the assigned consultant. The answer becomes an addendum to the report; "
					+ "the patient side and the doctors who read the report hear of it.")
	@ApiResponse(responseCode = "200", description = "The answered question")
	FollowUpQuestion answerFollowUp(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@PathVariable String questionId, @Valid @RequestBody StepBodies.FollowUpAnswer body) {
		return this.requests.answerFollowUp(Callers.from(token), id, questionId,
				Objects.requireNonNull(body.answer()).strip());
	}

	@PostMapping("/close")
	@Operation(summary = "Close the case with the patient's decision",
			description = "Who may call: the patient, or their representative within consent. decision "
					+ "CONTINUE_AS_PLANNED, NEW_PATH or TRANSFER_OF_CARE (with careTakenOverOn: until that day the "
					+ "own doctor stays responsible). The consultant's dossier access ends here.")
	@ApiResponse(responseCode = "200", description = "CLOSED")
	@ApiResponse(responseCode = "422", description = "transfer-date-needed or transfer-date-unexpected")
	RequestResponse close(@AuthenticationPrincipal Jwt token, @PathVariable String id,
			@Valid @RequestBody StepBodies.CloseBody body) {
		return RequestResponse.of(this.requests.close(Callers.from(token), id, Objects.requireNonNull(body.decision()),
				body.careTakenOverOn(), blankToNull(body.note())));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
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
