package nl.secondopinion.notification.template;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.notification.event.EventType;

/**
 * Every text the service sends, in Dutch and English. Inbox entries (behind login) say
 * what happened and may name codes from the event (missing document kinds, a decision, a
 * date). E-mail and SMS leave the platform over channels we do not control: they say only
 * that there is news and where to log in — never a question, diagnosis, document name,
 * report text, or even the kind of news.
 */
public final class Templates {

	private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

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

	/** Known kinds by name; an unknown code is shown as a code, never as free text. */
	static String missing(Map<String, Object> data, boolean nl) {
		if (!(data.get("missingItems") instanceof List<?> items) || items.isEmpty()) {
			return nl ? "enkele documenten" : "some documents";
		}
		return items.stream().map((item) -> {
			String[] label = DOCUMENT_KINDS.get(String.valueOf(item));
			return (label != null) ? label[nl ? 0 : 1] : (nl ? "overig document" : "other document");
		}).distinct().collect(Collectors.joining(", "));
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
			return (nl ? " op " : " on ") + format.format(time.atZoneSameInstant(DUTCH_TIME));
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

	private static String until(Map<String, Object> data, boolean nl) {
		@Nullable Object validUntil = data.get("validUntil");
		if (validUntil == null) {
			return "";
		}
		try {
			LocalDate date = LocalDate.parse(String.valueOf(validUntil));
			DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy",
					nl ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
			return (nl ? ", geldig tot " : ", valid until ") + format.format(date);
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

}
