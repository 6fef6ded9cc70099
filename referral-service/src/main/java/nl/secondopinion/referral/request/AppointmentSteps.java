package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before the appointment: the records chase, the patient's coverage choice, and the parts
 * of the gate the request knows itself.
 */
final class AppointmentSteps {

	private AppointmentSteps() {
	}

	static void chooseCoverage(SecondOpinionRequest request, Actor actor, CoverageChoice.Kind kind, Instant now) {
		if (request.status.isFinal() || request.appointment != null) {
			throw new IllegalTransitionException(request.status, Step.SCHEDULE_APPOINTMENT);
		}
		request.coverageChoice = new CoverageChoice(kind, actor.user(), now);
		request.log(now, actor, "COVERAGE_CHOICE_" + kind.name(), null, null, null);
		if (request.consultant != null) {
			request.queue(EventType.COVERAGE_CHOICE_RECORDED, now, Map.of("choice", kind.name()),
					request.audience().consultant().intakeCoordinators());
		}
	}

	static void chaseRecords(SecondOpinionRequest request, List<DossierChecklists.Item> missing, RecordsPolicy policy,
			Instant now) {
		List<DossierChecklists.Item> held = missing.stream()
			.map((item) -> new DossierChecklists.Item(item.item(), item.nl(), item.en(),
					holderOf(request, item.holder()), item.dueDate()))
			.toList();
		RecordsChase.Run run = request.recordsChase.run(held, policy, now);
		request.recordsChase = run.next();
		for (RecordsChase.Message message : run.messages()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("items", message.items());
			data.put("holder", message.holder().name());
			data.put("dueDate", message.dueDate().toString());
			switch (message.type()) {
				case RECORDS_REQUESTED ->
					data.put("legalDuty", Boolean.toString(message.holder() != RecordHolder.PATIENT));
				case RECORDS_REMINDER -> data.put("reminder", Integer.toString(message.reminder()));
				default -> {
				}
			}
			Audience audience = (message.type() == EventType.RECORDS_OVERDUE) ? request.audience().patientSide()
					: request.audience().holder(message.holder());
			if (!audience.isEmpty()) {
				request.queue(message.type(), now, data, audience);
				request.updatedAt = now;
			}
		}
	}

	/**
	 * Who is asked for an item: the holder the dossier names, unless the patient chose
	 * not to involve the treating doctor or named no GP; then the patient, who has the
	 * right to their own data.
	 */
	static RecordHolder holderOf(SecondOpinionRequest request, RecordHolder named) {
		return switch (named) {
			case TREATING_DOCTOR ->
				(request.informTreatingDoctor && request.treatingDoctor != null) ? named : RecordHolder.PATIENT;
			case GP -> (request.generalPractitioner != null) ? named : RecordHolder.PATIENT;
			case PATIENT -> named;
		};
	}

	/** The gate found the dossier complete; the case clock stops its dossier phase. */
	static void dossierFoundComplete(SecondOpinionRequest request, Instant now) {
		if (request.dossierCompleteAt == null) {
			request.dossierCompleteAt = now;
		}
	}

	static void checkReadyForAppointment(SecondOpinionRequest request, LocalDate day) {
		Transitions.next(request.status, Step.SCHEDULE_APPOINTMENT);
		if (request.selfReferredAt != null
				&& (request.referral == null || request.referral.status() != ReferralStatus.PRESENT)) {
			return;
		}
		Referral current = request.referral;
		if (current == null || current.status() != ReferralStatus.PRESENT || current.question() == null) {
			throw new AppointmentRefusedException("referral-missing",
					"A referral with its question is needed, or the patient's choice to go on without referral.",
					Map.of());
		}
		if (!current.isValidOn(day)) {
			throw new AppointmentRefusedException("referral-expired",
					"The referral was valid until " + current.validUntil() + ".", Map.of());
		}
	}

	static void scheduleAppointment(SecondOpinionRequest request, Actor actor, Appointment appointment, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.SCHEDULE_APPOINTMENT);
		request.appointment = appointment;
		request.move(Step.SCHEDULE_APPOINTMENT, to, actor, null, now);
		request.queue(EventType.APPOINTMENT_SCHEDULED, now, Map.of("appointmentAt", appointment.at().toString()),
				request.audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

}
