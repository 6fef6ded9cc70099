package nl.secondopinion.notification.template;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.support.time.PlatformDay;

/**
 * Every text the service sends, in Dutch and English. Inbox entries (behind login) say
 * what happened and may name codes from the event in plain words (document kinds, who
 * must deliver them, a decision, a date) — never an id, and never the title of an
 * additionally requested item. E-mail and SMS leave the platform over channels we do not
 * control: they say only that there is news and where to log in — never a question,
 * diagnosis, document name, report text, or even the kind of news.
 */
public final class Templates {

	private Templates() {
	}

	public static Message email(Language language, String link) {
		return switch (language) {
			case NL -> new Message("Nieuw bericht van Second Opinion", """
					Beste gebruiker,

					Er staat een nieuw bericht voor u klaar op Second Opinion.
					Log in om het te lezen: %s

					Om uw privacy te beschermen sturen wij de inhoud nooit per e-mail.

					Met vriendelijke groet,
					Second Opinion""".formatted(link));
			case EN -> new Message("New message from Second Opinion", """
					Dear user,

					A new message is waiting for you on Second Opinion.
					Log in to read it: %s

					To protect your privacy we never send its content by e-mail.

					Kind regards,
					Second Opinion""".formatted(link));
		};
	}

	public static String sms(Language language, String link) {
		return switch (language) {
			case NL -> "Second Opinion: er staat een nieuw bericht voor u klaar. Log in: " + link;
			case EN -> "Second Opinion: a new message is waiting for you. Log in: " + link;
		};
	}

	public static Message inbox(EventType type, Language language, Map<String, Object> data) {
		boolean nl = language == Language.NL;
		return switch (type) {
			case REQUEST_SUBMITTED ->
				nl ? new Message("Aanvraag ingediend", "De aanvraag voor een second opinion is ingediend.")
						: new Message("Request submitted", "The request for a second opinion has been submitted.");
			case CONSENT_REQUESTED -> nl ? new Message("Toestemming gevraagd",
					"Een vertegenwoordiger heeft een aanvraag voorbereid. Deze wacht op toestemming van de patiënt.")
					: new Message("Consent requested",
							"A representative has prepared a request. It is waiting for the patient's consent.");
			case REFERRAL_ISSUED -> nl
					? new Message("Verwijzing ontvangen",
							"Er is een verwijzing voor de aanvraag vastgelegd" + until(data, nl) + ".")
					: new Message("Referral issued",
							"A referral has been recorded for the request" + until(data, nl) + ".");
			case REFERRAL_REFUSED -> nl
					? new Message("Verwijzing geweigerd",
							"De verwijzer heeft geen verwijzing gegeven. Log in om de mogelijkheden te bekijken.")
					: new Message("Referral refused",
							"The referrer did not issue a referral. Log in to see what you can do next.");
			case DOCUMENTS_MISSING -> nl
					? new Message("Documenten ontbreken",
							"Voor het dossier ontbreken nog: " + missing(data, nl)
									+ ". Zonder deze stukken kan geen afspraak worden gemaakt.")
					: new Message("Documents missing", "The dossier still lacks: " + missing(data, nl)
							+ ". No appointment can be made without them.");
			case DOSSIER_COMPLETE ->
				nl ? new Message("Dossier compleet", "Het dossier is compleet en kan worden beoordeeld.")
						: new Message("Dossier complete", "The dossier is complete and can be assessed.");
			case COVERAGE_DECIDED ->
				nl ? new Message("Vergoeding bekend", "De zorgverzekeraar heeft besloten: " + decision(data, nl) + ".")
						: new Message("Coverage decided", "The insurer has decided: " + decision(data, nl) + ".");
			case COVERAGE_PENDING -> nl
					? new Message("Vergoeding in behandeling",
							"De zorgverzekeraar heeft nog niet besloten over de vergoeding.")
					: new Message("Coverage pending", "The insurer has not yet decided on coverage.");
			case CONSULTANT_ASSIGNED ->
				nl ? new Message("Consulent toegewezen", "Er is een arts toegewezen die de second opinion geeft.")
						: new Message("Consultant assigned", "A doctor has been assigned to give the second opinion.");
			case APPOINTMENT_SCHEDULED -> nl
					? new Message("Afspraak gepland", "Er is een afspraak gepland" + when(data, nl) + ".")
					: new Message("Appointment scheduled", "An appointment has been scheduled" + when(data, nl) + ".");
			case REPORT_AVAILABLE ->
				nl ? new Message("Verslag beschikbaar", "Het verslag van de second opinion staat klaar.")
						: new Message("Report available", "The second-opinion report is available.");
			case TRANSFER_OF_CARE_PROPOSED -> nl
					? new Message("Overdracht van zorg voorgesteld",
							"Er is voorgesteld de behandeling over te dragen. Log in om het voorstel te bekijken.")
					: new Message("Transfer of care proposed",
							"It has been proposed to transfer the treatment. Log in to see the proposal.");
			case MEDIATION_PROPOSAL -> nl
					? new Message("Zorgbemiddeling gevraagd",
							"Er is een voorstel voor zorgbemiddeling. Log in om het te bekijken.")
					: new Message("Care mediation requested",
							"There is a proposal for care mediation. Log in to review it.");
			case SELF_REFERRED -> nl ? new Message("Verder zonder verwijzing",
					"De aanvraag gaat verder zonder verwijzing. Zonder verwijzing wordt de second opinion waarschijnlijk niet vergoed.")
					: new Message("Continuing without referral",
							"The request continues without a referral. Without a referral the second opinion is unlikely to be reimbursed.");
			case CONSENT_GIVEN -> nl
					? new Message("Toestemming gegeven",
							"De patiënt heeft toestemming gegeven voor de aanvraag van de vertegenwoordiger.")
					: new Message("Consent given", "The patient has consented to the representative's request.");
			case CONSENT_REFUSED -> nl
					? new Message("Toestemming geweigerd",
							"De patiënt heeft geen toestemming gegeven voor de aanvraag van de vertegenwoordiger.")
					: new Message("Consent refused",
							"The patient has refused consent for the representative's request.");
			case CONSENT_WITHDRAWN -> nl
					? new Message("Toestemming ingetrokken",
							"De patiënt heeft de toestemming voor de aanvraag van de vertegenwoordiger ingetrokken.")
					: new Message("Consent withdrawn",
							"The patient has withdrawn consent for the representative's request.");
			case CONSULTATION_RECORDED ->
				nl ? new Message("Consult vastgelegd", "Het consult voor de second opinion is vastgelegd.")
						: new Message("Consultation recorded", "The second-opinion consultation has been recorded.");
			case TRANSFER_OF_CARE_DECIDED -> nl ? new Message("Besluit over overdracht van zorg",
					"Er is besloten over het voorstel de behandeling over te dragen. Log in om het besluit te bekijken.")
					: new Message("Transfer of care decided",
							"A decision has been made on the proposal to transfer the treatment. Log in to see it.");
			case REQUEST_CLOSED ->
				nl ? new Message("Aanvraag afgerond", "De aanvraag voor een second opinion is afgerond.")
						: new Message("Request closed", "The request for a second opinion has been closed.");
			case REQUEST_WITHDRAWN ->
				nl ? new Message("Aanvraag ingetrokken", "De aanvraag voor een second opinion is ingetrokken.")
						: new Message("Request withdrawn", "The request for a second opinion has been withdrawn.");
			case REQUEST_CANCELLED ->
				nl ? new Message("Aanvraag geannuleerd", "De aanvraag voor een second opinion is geannuleerd.")
						: new Message("Request cancelled", "The request for a second opinion has been cancelled.");
			case CONSULTANT_ACCEPTED -> nl
					? new Message("Aanvraag geaccepteerd door consulent",
							"De arts die de second opinion geeft, heeft de aanvraag geaccepteerd." + triage(data, nl))
					: new Message("Request accepted by consultant",
							"The doctor giving the second opinion has accepted the request." + triage(data, nl));
			case CONSULTANT_DECLINED -> nl
					? new Message("Aanvraag afgewezen door consulent",
							"De gekozen arts kan de second opinion niet geven. Log in om de mogelijkheden te bekijken.")
					: new Message("Request declined by consultant",
							"The chosen doctor cannot give the second opinion. Log in to see what you can do next.");
			case NEW_EXAMINATION_REQUESTED -> nl
					? new Message("Nieuw onderzoek gevraagd",
							"De patiënt vraagt om een nieuw onderzoek. Log in om het verzoek te bekijken.")
					: new Message("New examination requested",
							"The patient asks for a new examination. Log in to review the request.");
			case FOLLOW_UP_ASKED -> nl ? new Message("Vervolgvraag gesteld",
					"Er is een vervolgvraag over de second opinion gesteld. Log in om de vraag te lezen en te beantwoorden.")
					: new Message("Follow-up question asked",
							"A follow-up question about the second opinion has been asked. Log in to read and answer it.");
			case FOLLOW_UP_ANSWERED -> nl
					? new Message("Vervolgvraag beantwoord",
							"Een vervolgvraag over de second opinion is beantwoord. Log in om het antwoord te lezen.")
					: new Message("Follow-up question answered",
							"A follow-up question about the second opinion has been answered. Log in to read the answer.");
			case COVERAGE_CHOICE_RECORDED -> nl
					? new Message("Keuze over de kosten vastgelegd",
							"De keuze over de kosten is vastgelegd: " + choice(data, nl) + ".")
					: new Message("Coverage choice recorded",
							"The choice about the costs has been recorded: " + choice(data, nl) + ".");
			case RECORDS_REQUESTED -> nl ? new Message("Stukken gevraagd", recordsAsked(data, nl))
					: new Message("Records requested", recordsAsked(data, nl));
			case RECORDS_REMINDER ->
				nl ? new Message("Herinnering: stukken gevraagd", reminder(data, nl) + " " + recordsAsked(data, nl))
						: new Message("Reminder: records requested", reminder(data, nl) + " " + recordsAsked(data, nl));
			case RECORDS_OVERDUE -> nl ? new Message("Stukken niet op tijd aangeleverd", recordsOverdue(data, nl))
					: new Message("Records overdue", recordsOverdue(data, nl));
			case INFORMATION_REQUESTED ->
				nl ? new Message("Aanvullende informatie gevraagd", informationAsked(data, nl))
						: new Message("Additional information requested", informationAsked(data, nl));
			case GRANT_REVOKED -> nl ? new Message("Toegang ingetrokken",
					"Uw toegang tot het dossier van deze aanvraag is ingetrokken. U kunt de stukken niet meer inzien.")
					: new Message("Access revoked",
							"Your access to the dossier of this request has been revoked. You can no longer view its documents.");
		};
	}

	/**
	 * The dossier's checklist items (dossier-service's codes), as a reader calls them.
	 */
	private static final Map<String, String[]> DOCUMENT_KINDS = Map.ofEntries(
			Map.entry("HISTORY_LETTER",
					new String[] { "brief over de medische voorgeschiedenis", "letter on the medical history" }),
			Map.entry("CORRESPONDENCE",
					new String[] { "correspondentie van de behandelend specialist",
							"correspondence of the treating specialist" }),
			Map.entry("IMAGING_STUDY", new String[] { "beeldmateriaal (scans)", "imaging (scans)" }),
			Map.entry("IMAGING_REPORT", new String[] { "verslag van beeldvormend onderzoek", "imaging report" }),
			Map.entry("OPERATION_REPORT", new String[] { "operatieverslag", "operation report" }),
			Map.entry("PATHOLOGY_REPORT", new String[] { "pathologieverslag", "pathology report" }),
			Map.entry("LAB_RESULTS", new String[] { "laboratoriumuitslagen", "laboratory results" }),
			Map.entry("MRSA_SCREENING", new String[] { "MRSA-screening", "MRSA screening" }),
			Map.entry("REFERRAL_LETTER", new String[] { "verwijsbrief", "referral letter" }));

	private static final Map<String, String[]> DECISIONS = Map.of("COVERED_BASIC",
			new String[] { "vergoed uit de basisverzekering", "covered by basic insurance" }, "COVERED_SUPPLEMENTARY",
			new String[] { "vergoed uit de aanvullende verzekering", "covered by supplementary insurance" },
			"NOT_COVERED", new String[] { "niet vergoed", "not covered" }, "UNCERTAIN",
			new String[] { "nog onzeker", "uncertain" }, "PENDING", new String[] { "nog in behandeling", "pending" });

	private static final Map<String, String[]> TRIAGE = Map.of("CONVERSATION_ONLY",
			new String[] { "De second opinion bestaat uit een gesprek, zonder aanvullend onderzoek.",
					"The second opinion will be a consultation only, without additional diagnostics." },
			"ADDITIONAL_DIAGNOSTICS", new String[] { "Naast het gesprek is aanvullend onderzoek nodig.",
					"Additional diagnostics are needed besides the consultation." });

	private static final Map<String, String[]> CHOICES = Map.of("SELF_PAY_ACCEPTED",
			new String[] { "de patiënt betaalt de second opinion zelf",
					"the patient pays for the second opinion themselves" },
			"CARE_COST_TEAM_CONTACTED", new String[] { "de patiënt heeft contact opgenomen met het Team Zorgkosten",
					"the patient has contacted the care-cost team (Team Zorgkosten)" });

	/**
	 * An item a consultant asked for: its title is free text and stays in the dossier.
	 */
	private static final String ADDITIONAL = "ADDITIONAL:";

	/**
	 * Told to a doctor who holds records: the WGBO leaves no room to refuse, not even
	 * after refusing the referral.
	 */
	private static final String LEGAL_DUTY_NL = "Als behandelend arts bent u wettelijk verplicht (WGBO) de medische gegevens van "
			+ "uw patiënt voor een second opinion over te dragen, ook als u een verwijzing heeft geweigerd.";

	private static final String LEGAL_DUTY_EN = "As a treating doctor you are legally obliged (WGBO) to hand over your "
			+ "patient's medical data for a second opinion, also if you refused a referral.";

	/** Who must deliver checklist items ({@code holder}). */
	private enum Holder {

		PATIENT, TREATING_DOCTOR, GP;

		static @Nullable Holder of(Map<String, Object> data) {
			String value = String.valueOf(data.get("holder"));
			for (Holder holder : values()) {
				if (holder.name().equals(value)) {
					return holder;
				}
			}
			return null;
		}

		boolean doctor() {
			return this != PATIENT;
		}

	}

	static String missing(Map<String, Object> data, boolean nl) {
		return items(data.get("missingItems"), nl);
	}

	/**
	 * Known kinds by name, additional items by number; an unknown code is shown as "other
	 * document", never as itself.
	 */
	private static String items(@Nullable Object value, boolean nl) {
		List<?> items = (value instanceof String single) ? List.of(single)
				: (value instanceof List<?> list) ? list : List.of();
		if (items.isEmpty()) {
			return nl ? "enkele documenten" : "some documents";
		}
		Set<String> named = new LinkedHashSet<>();
		Set<String> additional = new HashSet<>();
		for (Object item : items) {
			String code = String.valueOf(item);
			if (code.startsWith(ADDITIONAL)) {
				additional.add(code);
				continue;
			}
			String[] label = DOCUMENT_KINDS.get(code);
			named.add((label != null) ? label[nl ? 0 : 1] : (nl ? "overig document" : "other document"));
		}
		if (additional.size() == 1) {
			named.add(nl ? "een aanvullend gevraagd stuk" : "an additionally requested document");
		}
		else if (additional.size() > 1) {
			named.add(additional.size() + (nl ? " aanvullend gevraagde stukken" : " additionally requested documents"));
		}
		return String.join(", ", named);
	}

	/** Addressed to the holder, the only one who hears of it. */
	private static String recordsAsked(Map<String, Object> data, boolean nl) {
		Holder holder = Holder.of(data);
		String items = items(data.get("items"), nl);
		StringBuilder text = new StringBuilder();
		if (holder == null) {
			text.append(nl ? "Voor de second opinion zijn stukken gevraagd: "
					: "Records have been requested for the second opinion: ");
		}
		else if (holder.doctor()) {
			text.append(nl ? "Voor de second opinion van uw patiënt wordt u gevraagd aan te leveren: "
					: "For your patient's second opinion you are asked to provide: ");
		}
		else {
			text.append(nl ? "Voor de second opinion wordt u gevraagd aan te leveren: "
					: "For the second opinion you are asked to provide: ");
		}
		text.append(items).append('.');
		String due = date(data.get("dueDate"), nl);
		if (due != null) {
			text.append(nl ? " Graag uiterlijk " + due + "." : " Please do so by " + due + ".");
		}
		if (holder != null && holder.doctor()) {
			text.append(' ').append(nl ? LEGAL_DUTY_NL : LEGAL_DUTY_EN);
		}
		return text.toString();
	}

	private static String reminder(Map<String, Object> data, boolean nl) {
		Object value = data.get("reminder");
		int number = (value instanceof Number n) ? n.intValue()
				: (value instanceof String s && s.matches("[0-9]{1,3}")) ? Integer.parseInt(s) : 0;
		if (number < 1) {
			return nl ? "Dit is een herinnering." : "This is a reminder.";
		}
		return nl ? "Dit is de " + number + "e herinnering." : "This is the " + ordinal(number) + " reminder.";
	}

	private static String ordinal(int number) {
		int lastTwo = number % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

	/** Told to the patient side: who is late, with what. */
	private static String recordsOverdue(Map<String, Object> data, boolean nl) {
		Holder holder = Holder.of(data);
		String who = (holder == null) ? "" : switch (holder) {
			case PATIENT -> nl ? " door u zelf" : " by you";
			case TREATING_DOCTOR -> nl ? " door uw behandelend arts" : " by your treating doctor";
			case GP -> nl ? " door uw huisarts" : " by your general practitioner";
		};
		StringBuilder text = new StringBuilder(nl ? "Nog niet aangeleverd" : "Not yet provided").append(who)
			.append(": ")
			.append(items(data.get("items"), nl))
			.append('.');
		String due = date(data.get("dueDate"), nl);
		if (due != null) {
			text.append(nl ? " De uiterste datum was " + due + "." : " The due date was " + due + ".");
		}
		text.append(nl ? " Log in om te zien wat u kunt doen." : " Log in to see what you can do next.");
		return text.toString();
	}

	/**
	 * Read by the holder and, when a doctor holds it, by the patient side too: so a
	 * doctor holder is named in the third person.
	 */
	private static String informationAsked(Map<String, Object> data, boolean nl) {
		Holder holder = Holder.of(data);
		String itemId = String.valueOf(data.get("itemId"));
		String[] known = DOCUMENT_KINDS.get(itemId);
		String item = (known != null) ? known[nl ? 0 : 1]
				: (nl ? "een aanvullend gevraagd stuk" : "an additionally requested document");
		StringBuilder text = new StringBuilder();
		if (holder == Holder.PATIENT) {
			text.append(nl ? "Voor de second opinion wordt u gevraagd aan te leveren: "
					: "For the second opinion you are asked to provide: ")
				.append(item)
				.append('.');
		}
		else {
			text.append(nl ? "Voor de second opinion is aanvullende informatie gevraagd: "
					: "Additional information has been requested for the second opinion: ")
				.append(item);
			if (holder == Holder.TREATING_DOCTOR) {
				text.append(
						nl ? ", aan te leveren door de behandelend arts" : ", to be provided by the treating doctor");
			}
			else if (holder == Holder.GP) {
				text.append(nl ? ", aan te leveren door de huisarts" : ", to be provided by the general practitioner");
			}
			text.append('.');
		}
		String due = date(data.get("dueDate"), nl);
		if (due != null) {
			text.append(nl ? " De uiterste datum is " + due + "." : " The due date is " + due + ".");
		}
		text.append(nl ? " Log in om te zien wat er gevraagd is." : " Log in to see what has been requested.");
		return text.toString();
	}

	private static String triage(Map<String, Object> data, boolean nl) {
		String[] label = TRIAGE.get(String.valueOf(data.get("triage")));
		return (label != null) ? " " + label[nl ? 0 : 1] : "";
	}

	private static String choice(Map<String, Object> data, boolean nl) {
		String[] label = CHOICES.get(String.valueOf(data.get("choice")));
		return (label != null) ? label[nl ? 0 : 1] : (nl ? "zie de aanvraag" : "see the request");
	}

	private static String decision(Map<String, Object> data, boolean nl) {
		String[] label = DECISIONS.get(String.valueOf(data.get("decision")));
		return (label != null) ? label[nl ? 0 : 1] : (nl ? "zie de aanvraag" : "see the request");
	}

	private static String when(Map<String, Object> data, boolean nl) {
		Object at = data.get("appointmentAt");
		if (at == null) {
			at = data.get("scheduledAt");
		}
		if (at == null) {
			return "";
		}
		try {
			OffsetDateTime time = OffsetDateTime.parse(String.valueOf(at));
			DateTimeFormatter format = DateTimeFormatter.ofPattern(
					nl ? "d MMMM yyyy 'om' HH:mm" : "d MMMM yyyy 'at' HH:mm",
					nl ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
			return (nl ? " op " : " on ") + format.format(time.atZoneSameInstant(PlatformDay.ZONE));
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

	private static String until(Map<String, Object> data, boolean nl) {
		String date = date(data.get("validUntil"), nl);
		return (date != null) ? (nl ? ", geldig tot " : ", valid until ") + date : "";
	}

	/** A date (yyyy-mm-dd) as a reader writes it; null when absent or malformed. */
	private static @Nullable String date(@Nullable Object value, boolean nl) {
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(String.valueOf(value));
			DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy",
					nl ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
			return format.format(date);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
