package nl.secondopinion.referral.request;

import java.util.EnumSet;
import java.util.Set;

import nl.secondopinion.support.security.Role;

/**
 * Who is related to a request, and how. Roles alone decide nothing: a GP sees only
 * requests that name them, a consultant only the ones assigned to them.
 */
public final class RequestAccess {

	private RequestAccess() {
	}

	public static Set<Relation> relations(Caller caller, SecondOpinionRequest request) {
		Set<Relation> relations = EnumSet.noneOf(Relation.class);
		RequestStatus status = request.status();
		PatientReference patient = request.patient();
		if (caller.has(Role.PATIENT)) {
			boolean matches = (status == RequestStatus.AWAITING_PATIENT_CONSENT)
					? patient.username().equals(caller.username())
							&& (patient.id() == null || patient.id().equals(caller.id()))
					: caller.id().equals(patient.id());
			if (matches) {
				relations.add(Relation.PATIENT);
			}
		}
		if (caller.has(Role.REPRESENTATIVE) && patient.username().equals(caller.represents())) {
			request.representative(caller.id()).ifPresent((rep) -> {
				if (rep.consentGiven()) {
					relations.add(Relation.REPRESENTATIVE);
				}
				else if (status == RequestStatus.AWAITING_PATIENT_CONSENT) {
					relations.add(Relation.PENDING_REPRESENTATIVE);
				}
			});
		}
		boolean sent = status != RequestStatus.DRAFT && status != RequestStatus.AWAITING_PATIENT_CONSENT;
		if (sent && (caller.has(Role.GP) || caller.has(Role.SPECIALIST))) {
			// The patient may choose not to involve the treating doctor; then only a
			// referral they gave themselves makes them part of the request.
			TreatingDoctor treating = request.treatingDoctor();
			if (treating != null && request.informTreatingDoctor()
					&& caller.user().isClinician(treating.userId(), treating.agb())) {
				relations.add(Relation.TREATING_DOCTOR);
			}
			GeneralPractitioner gp = request.generalPractitioner();
			if (gp != null && caller.has(Role.GP)
					&& caller.user().isClinician(request.generalPractitionerUserId(), gp.agb())) {
				relations.add(Relation.NAMED_GP);
			}
			Referral referral = request.referral();
			if (referral != null && referral.by().id().equals(caller.id())) {
				relations.add(Relation.REFERRER);
			}
		}
		AssignedConsultant consultant = request.consultant();
		if (consultant != null) {
			if (caller.has(Role.CONSULTANT) && caller.id().equals(consultant.userId())) {
				relations.add(Relation.CONSULTANT);
			}
			if (caller.has(Role.INTAKE_COORDINATOR) && caller.user().worksAt(consultant.institution())) {
				relations.add(Relation.INTAKE_COORDINATOR);
			}
		}
		return relations;
	}

	/**
	 * Who may read the report: the patient, a representative within consent, the
	 * referring or treating doctor, the named GP (who advises the patient on a differing
	 * opinion, seed 002), and its author. Nobody else.
	 */
	public static boolean mayReadReport(Set<Relation> relations, SecondOpinionRequest request) {
		Referral referral = request.referral();
		boolean referred = referral != null && referral.status() == ReferralStatus.PRESENT;
		return relations.contains(Relation.PATIENT) || relations.contains(Relation.REPRESENTATIVE)
				|| relations.contains(Relation.TREATING_DOCTOR) || relations.contains(Relation.NAMED_GP)
				|| relations.contains(Relation.CONSULTANT) || (referred && relations.contains(Relation.REFERRER));
	}

	/**
	 * The patient's own doctors, who read the decision answers the patient chose to share
	 * with them.
	 */
	public static boolean isOwnDoctor(Set<Relation> relations) {
		return relations.contains(Relation.TREATING_DOCTOR) || relations.contains(Relation.NAMED_GP)
				|| relations.contains(Relation.REFERRER);
	}

}
