package nl.secondopinion.dossier.access;

import java.time.Instant;
import java.util.Objects;

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
		if ((user.has(Role.SPECIALIST) || user.has(Role.GP)) && isContributor(user, context)) {
			return Access.CONTRIBUTOR;
		}
		CaseContext.Consultant consultant = context.assignedConsultant();
		if (consultant != null && user.has(Role.CONSULTANT) && consultant.userId().equals(user.id())
				&& consultantGrant.validFor(user.id(), now)) {
			return Access.CONSULTANT;
		}
		if (consultant != null && user.has(Role.INTAKE_COORDINATOR) && consultant.institution() != null
				&& Objects.equals(consultant.institution(), user.institution())) {
			return Access.CHECKLIST;
		}
		if (user.has(Role.PLATFORM_SERVICE)) {
			// Other services of the platform (referral-service before an appointment).
			return Access.CHECKLIST;
		}
		return Access.NONE;
	}

	private static boolean isContributor(CurrentUser user, CaseContext context) {
		CaseContext.Doctor doctor = context.treatingDoctor();
		if (doctor != null && doctor.userId().equals(user.id())) {
			return true;
		}
		CaseContext.Referral referral = context.referral();
		return referral != null && user.id().equals(referral.referrerId());
	}

	/** Answers whether a consultant holds a valid grant; the dossier knows its grants. */
	@FunctionalInterface
	public interface ConsultantGrants {

		boolean validFor(String consultantId, Instant now);

	}

}
