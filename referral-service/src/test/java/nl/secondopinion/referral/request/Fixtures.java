package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.secondopinion.referral.consultant.CareLevel;
import nl.secondopinion.referral.consultant.Consultant;
import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/** Demo people and a complete request, shared by the unit tests of this package. */
final class Fixtures {

	static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");

	static final Caller ANNA = caller("01", "anna", Role.PATIENT, null, null, null);

	static final Caller BRAM = caller("02", "bram", Role.PATIENT, null, null, null);

	static final Caller CARLA = new Caller(
			new CurrentUser(id("03"), "carla", Set.of(Role.REPRESENTATIVE), null, null, null, null, null, "nl"),
			"anna");

	static final Caller DEVRIES = caller("04", "dr.devries", Role.GP, null, "Huisartsenpraktijk De Linde", "01000001");

	static final Caller JANSEN = caller("05", "dr.jansen", Role.SPECIALIST, "Ziekenhuis Noord", null, "03000002");

	static final Caller BAKKER = caller("06", "dr.bakker", Role.CONSULTANT, "UMC Zuid", null, "03000003");

	static final Caller VISSER = caller("07", "dr.visser", Role.CONSULTANT, "Ziekenhuis Noord", null, "03000004");

	static final Caller INTAKE = caller("09", "intake.umczuid", Role.INTAKE_COORDINATOR, "UMC Zuid", null, null);

	static final Caller MEDIATOR = caller("10", "mediator.zk", Role.INSURER_MEDIATOR, null, null, null);

	static final Caller ADMIN = caller("12", "admin", Role.PLATFORM_ADMIN, null, null, null);

	static final TreatingDoctor JANSEN_AS_TREATING = new TreatingDoctor(null, "dr. P. Jansen",
			CareLevel.MEDICAL_SPECIALIST, "neurology", "Ziekenhuis Noord", null, "03000002");

	static final Consultant BAKKER_IN_DIRECTORY = new Consultant("c-06", id("06"), "dr. S. Bakker",
			CareLevel.MEDICAL_SPECIALIST, "neurology", "UMC Zuid", null, true, 3, List.of("nl"), List.of(), List.of(),
			null);

	static final Consultant DEBOER_IN_DIRECTORY = new Consultant("c-09", id("09"), "dr. K. de Boer",
			CareLevel.MEDICAL_SPECIALIST, "neurology", "Ziekenhuis West", null, true, 6, List.of("nl"), List.of(),
			List.of(), null);

	private Fixtures() {
	}

	static String id(String nn) {
		return "5e0c0000-0000-4000-8000-0000000000" + nn;
	}

	static Caller caller(String nn, String username, Role role, String institution, String practice, String agb) {
		return new Caller(new CurrentUser(id(nn), username, Set.of(role), institution, practice, null, agb, null, "nl"),
				null);
	}

	static Actor actor(Caller caller, String role) {
		return Actor.of(caller, role);
	}

	static RequestDetails details() {
		return new RequestDetails(new Question("Is an operation really the only option?"), Reason.DOUBT_ABOUT_TREATMENT,
				"neurology", JANSEN_AS_TREATING,
				new GeneralPractitioner("dr. E. de Vries", "Huisartsenpraktijk De Linde", "01000001"),
				new InsurerReference("3311", "ZK-1", null), new ClinicalFacts(false, true, false, false, false));
	}

	static SecondOpinionRequest draft(String id) {
		return SecondOpinionRequest.draft(id, actor(ANNA, "patient"), "nl", details(), NOW);
	}

	static SecondOpinionRequest submitted(String id) {
		SecondOpinionRequest request = draft(id);
		request.submit(actor(ANNA, "patient"), List.of(), NOW);
		return request;
	}

	static SecondOpinionRequest referred(String id) {
		SecondOpinionRequest request = submitted(id);
		request.issueReferral(actor(DEVRIES, "gp"), "Is surgery needed for the hernia at L4-L5?", NOW);
		return request;
	}

	static SecondOpinionRequest assigned(String id) {
		SecondOpinionRequest request = referred(id);
		request.assignConsultant(actor(ANNA, "patient"), BAKKER_IN_DIRECTORY, NOW);
		return request;
	}

	static SecondOpinionRequest accepted(String id) {
		SecondOpinionRequest request = assigned(id);
		request.acceptCase(actor(BAKKER, "consultant"), Triage.CONVERSATION_ONLY, null, NOW);
		return request;
	}

	static SecondOpinionRequest consulted(String id) {
		SecondOpinionRequest request = accepted(id);
		request.scheduleAppointment(actor(BAKKER, "consultant"),
				new Appointment(NOW.plusSeconds(86400), "room 1", BAKKER.reference(), NOW, "COVERED_BASIC", List.of()),
				NOW);
		request.recordConsultation(actor(BAKKER, "consultant"), NOW);
		return request;
	}

	/** A report on a request without referral: only the patient's question to answer. */
	static Report reportWithoutReferral() {
		return new Report(ReportOutcome.CONFIRMS,
				List.of(new QuestionAnswer(AskedQuestion.PATIENT_QUESTION, "An operation is the best option.")),
				ReportImpact.NEITHER, "Findings.", "Recommendations.", List.of(), false, null, BAKKER.reference(), NOW);
	}

	static Report report(boolean transfer) {
		return new Report(ReportOutcome.REFINES,
				List.of(new QuestionAnswer(AskedQuestion.PATIENT_QUESTION, "Not the only option."),
						new QuestionAnswer(AskedQuestion.REFERRAL_QUESTION, "Surgery is not needed now.")),
				ReportImpact.TREATMENT_CHANGED, "Findings.", "Recommendations.", List.of("Physiotherapy"), transfer,
				transfer ? "UMC Zuid offers the treatment." : null, BAKKER.reference(), NOW);
	}

}
