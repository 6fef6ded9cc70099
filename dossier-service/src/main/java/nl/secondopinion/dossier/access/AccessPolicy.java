package nl.secondopinion.dossier.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/**
 * Decides what a caller may do with a dossier from the case context alone. The first rule
 * that matches wins; the order puts the patient's own rights first.
 */
public final class AccessPolicy {

	private AccessPolicy() {
	}

	/**
	 * @param user the caller
	 * @param represents the patient user name a representative's token names
	 * @param context the case behind the dossier
	 * @param consultantGrant whether the caller holds a valid, unrevoked grant at
	 * {@code now}
	 */
	public static Access decide(CurrentUser user, @Nullable String represents, CaseContext context,
			ConsultantGrants consultantGrant, Instant now) {
		if (user.has(Role.INSURER_MEDIATOR) && user.roles().size() == 1) {
			return Access.NONE;
		}
		if (user.has(Role.PATIENT) && context.patient().id().equals(user.id())) {
			return Access.OWNER;
		}
		// Listed with the patient's consent, and the token still names the patient.
		if (user.has(Role.REPRESENTATIVE) && context.patient().username().equals(represents)
				&& context.representatives()
					.stream()
					.anyMatch((rep) -> rep.id().equals(user.id()) && rep.consentGiven())) {
			return Access.OWNER;
		}
		if (isContributor(user, context)) {
			return Access.CONTRIBUTOR;
		}
		CaseContext.Consultant consultant = context.assignedConsultant();
		// The consultant's part ends with the case, whatever end date the grant has.
		if (consultant != null && user.has(Role.CONSULTANT) && user.id().equals(consultant.userId())
				&& !context.isFinal() && consultantGrant.validFor(user.id(), now)) {
			return Access.CONSULTANT;
		}
		if (consultant != null && user.has(Role.INTAKE_COORDINATOR) && user.worksAt(consultant.institution())) {
			return Access.CHECKLIST;
		}
		if (user.has(Role.PLATFORM_SERVICE)) {
			// Other services of the platform (referral-service before an appointment).
			return Access.CHECKLIST;
		}
		return Access.NONE;
	}

	/**
	 * Who may ask for an additional item, or withdraw one: the assigned consultant with
	 * access, or an intake coordinator of the site; not another service.
	 */
	public static boolean asksForInformation(Access access, CurrentUser user) {
		return access == Access.CONSULTANT || (access == Access.CHECKLIST && user.has(Role.INTAKE_COORDINATOR)
				&& !user.has(Role.PLATFORM_SERVICE));
	}

	/**
	 * The treating doctor and the named GP by platform id or AGB code (one identity,
	 * before and after they first acted on the case), the referrer by id.
	 */
	private static boolean isContributor(CurrentUser user, CaseContext context) {
		CaseContext.Doctor doctor = context.treatingDoctor();
		if (doctor != null && user.isClinician(doctor.userId(), doctor.agb())) {
			return true;
		}
		CaseContext.GeneralPractitioner gp = context.generalPractitioner();
		if (gp != null && user.has(Role.GP) && user.isClinician(gp.userId(), gp.agb())) {
			return true;
		}
		CaseContext.Referral referral = context.referral();
		return (user.has(Role.SPECIALIST) || user.has(Role.GP)) && referral != null
				&& user.id().equals(referral.referrerId());
	}

	/** Answers whether a consultant holds a valid grant; the dossier knows its grants. */
	@FunctionalInterface
	public interface ConsultantGrants {

		/** Whether the consultant with this platform user id holds a valid grant. */
		boolean validFor(String consultantUserId, Instant now);

	}

}
