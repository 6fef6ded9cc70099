package nl.secondopinion.insurance.client.referral;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.context.Consultant;
import nl.secondopinion.insurance.context.RequestContext;

/** referral-service's answers as this service's own types. */
final class ContextMapping {

	private ContextMapping() {
	}

	/**
	 * @return {@code null} when the answer lacks the request id or the patient
	 */
	static @Nullable RequestContext context(RequestContextAnswer answer) {
		RequestContextAnswer.Person patient = answer.patient();
		if (answer.requestId() == null || patient == null || patient.id() == null) {
			return null;
		}
		List<RequestContext.Representative> representatives = (answer.representatives() != null) ? answer
			.representatives()
			.stream()
			.filter((representative) -> representative.id() != null)
			.map((representative) -> new RequestContext.Representative(Objects.requireNonNull(representative.id()),
					Boolean.TRUE.equals(representative.consentGiven())))
			.toList() : List.of();
		RequestContextAnswer.Referral referral = answer.referral();
		RequestContext.Referral domainReferral = (referral != null && referral.status() != null)
				? new RequestContext.Referral(referral.status(), referral.referrerRole(), referral.issuedAt(),
						referral.validUntil())
				: RequestContext.Referral.none();
		RequestContextAnswer.Insurer insurer = answer.insurer();
		RequestContext.StatedInsurance insurance = (insurer != null)
				? new RequestContext.StatedInsurance(insurer.uzovi(), insurer.policyNumber(),
						insurer.supplementaryPackage())
				: RequestContext.StatedInsurance.of(null);
		boolean abroad = answer.facts() != null && Boolean.TRUE.equals(answer.facts().insuredAbroad());
		String level = (answer.treatingDoctor() != null) ? answer.treatingDoctor().level() : null;
		String assigned = (answer.assignedConsultant() != null) ? answer.assignedConsultant().consultantId() : null;
		return new RequestContext(answer.requestId(), answer.specialty(), patient.id(), representatives, domainReferral,
				insurance, abroad, level,
				new RequestContext.Phase(answer.status(), answer.submittedAt(), answer.closedAt()), assigned);
	}

	/** Entries without id or name are left out. */
	static List<Consultant> consultants(List<ConsultantAnswer> answers) {
		return answers.stream()
			.filter((consultant) -> consultant.id() != null && consultant.name() != null)
			.map((consultant) -> new Consultant(Objects.requireNonNull(consultant.id()), consultant.userId(),
					Objects.requireNonNull(consultant.name()), consultant.specialty(), consultant.institution(),
					Boolean.TRUE.equals(consultant.accepting()), consultant.waitingWeeks(),
					(consultant.languages() != null) ? consultant.languages() : List.of()))
			.toList();
	}

}
