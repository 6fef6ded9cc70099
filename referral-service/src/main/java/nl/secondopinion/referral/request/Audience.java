package nl.secondopinion.referral.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.CareLevel;

/**
 * Who hears of an event: people known by id, and people the notification service finds
 * itself (by user name, AGB code or as a site's intake coordinators). Each is named once.
 */
final class Audience {

	private static final Pattern AGB_CODE = Pattern.compile("\\d{8}");

	private final SecondOpinionRequest request;

	private final Map<String, String> people = new LinkedHashMap<>();

	private final List<OutboxEvent.RecipientGroup> groups = new ArrayList<>();

	Audience(SecondOpinionRequest request) {
		this.request = request;
	}

	/** The patient: by id, else (a representative's request) by user name. */
	Audience patient() {
		PatientReference known = this.request.patient();
		if (known.id() != null) {
			person(known.id(), "patient");
		}
		else if (!known.username().isBlank()) {
			group(OutboxEvent.RecipientGroup.user(known.username()));
		}
		return this;
	}

	/** The patient and the representatives whose consent the patient gave. */
	Audience patientSide() {
		patient();
		this.request.representatives()
			.stream()
			.filter(Representative::consentGiven)
			.forEach((rep) -> person(rep.id(), "representative"));
		return this;
	}

	/** Every representative, with consent or not: consent is what concerns them. */
	Audience allRepresentatives() {
		this.request.representatives().forEach((rep) -> person(rep.id(), "representative"));
		return this;
	}

	/**
	 * The doctors who may refer: the named GP and the treating doctor, and whoever
	 * already issued or refused a referral.
	 */
	Audience referringDoctors() {
		referrer(false);
		return namedGp().treatingDoctor();
	}

	/**
	 * The doctors the second opinion goes back to: the referrer (with
	 * {@code reportReaders}, only one who issued the referral: a doctor who refused it
	 * does not read the report) and the treating doctor; report readers include the named
	 * GP, who advises the patient on a differing opinion (seed 002).
	 */
	Audience careTeam(boolean reportReaders) {
		referrer(reportReaders).treatingDoctor();
		return reportReaders ? namedGp() : this;
	}

	private Audience referrer(boolean issuedOnly) {
		Referral referral = this.request.referral();
		if (referral != null && (!issuedOnly || referral.status() == ReferralStatus.PRESENT)) {
			person(referral.by().id(), referral.byRole());
		}
		return this;
	}

	/** The patient's GP: by id once linked, else by AGB code. */
	Audience namedGp() {
		GeneralPractitioner gp = this.request.generalPractitioner();
		String gpUserId = this.request.generalPractitionerUserId();
		if (gpUserId != null) {
			person(gpUserId, "gp");
		}
		else if (gp != null) {
			clinician(gp.agb());
		}
		return this;
	}

	/**
	 * The treating doctor: by id once linked, else by AGB code; only when the patient
	 * chose to inform them.
	 */
	Audience treatingDoctor() {
		TreatingDoctor treating = this.request.treatingDoctor();
		if (treating == null || !this.request.informTreatingDoctor()) {
			return this;
		}
		if (treating.userId() != null) {
			person(treating.userId(), (treating.level() == CareLevel.GENERAL_PRACTITIONER) ? "gp" : "specialist");
		}
		else {
			clinician(treating.agb());
		}
		return this;
	}

	/**
	 * A doctor by AGB code; the notification service takes eight digits only, and one
	 * malformed group would make it refuse the whole event.
	 */
	private void clinician(@Nullable String agb) {
		if (agb != null && AGB_CODE.matcher(agb).matches()) {
			group(OutboxEvent.RecipientGroup.clinician(agb));
		}
	}

	Audience consultant() {
		AssignedConsultant assigned = this.request.consultant();
		if (assigned != null && assigned.userId() != null) {
			person(assigned.userId(), "consultant");
		}
		return this;
	}

	/** The intake coordinators of the assigned consultant's institution. */
	Audience intakeCoordinators() {
		AssignedConsultant assigned = this.request.consultant();
		if (assigned != null) {
			group(OutboxEvent.RecipientGroup.intakeCoordinators(assigned.institution()));
		}
		return this;
	}

	/**
	 * Whoever holds a missing record: the patient side, the treating doctor or the GP.
	 */
	Audience holder(RecordHolder holder) {
		return switch (holder) {
			case PATIENT -> patientSide();
			case TREATING_DOCTOR -> treatingDoctor();
			case GP -> namedGp();
		};
	}

	private void person(String userId, String role) {
		this.people.putIfAbsent(userId, role);
	}

	private void group(OutboxEvent.RecipientGroup group) {
		if (!this.groups.contains(group)) {
			this.groups.add(group);
		}
	}

	boolean isEmpty() {
		return this.people.isEmpty() && this.groups.isEmpty();
	}

	List<OutboxEvent.Recipient> recipients() {
		return this.people.entrySet()
			.stream()
			.map((entry) -> new OutboxEvent.Recipient(entry.getKey(), entry.getValue()))
			.toList();
	}

	List<OutboxEvent.RecipientGroup> groups() {
		return List.copyOf(this.groups);
	}

}
