package nl.secondopinion.insurance.client.referral;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.context.Consultant;
import nl.secondopinion.insurance.context.ConsultantDirectory;
import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.problem.ProblemException;

/** Request contexts and the consultant directory from referral-service. */
@Component
class ReferralService implements RequestContexts, ConsultantDirectory {

	private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

	private final ReferralClient client;

	ReferralService(ReferralClient client) {
		this.client = client;
	}

	@Override
	public RequestContext find(String requestId) {
		RequestContextAnswer answer = this.client.context(requestId);
		RequestContextAnswer.Person patient = answer.patient();
		if (answer.requestId() == null || patient == null || patient.id() == null) {
			log.error("Referral service answered a request context without request id or patient");
			throw garbled();
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
		String uzovi = (answer.insurer() != null) ? answer.insurer().uzovi() : null;
		boolean abroad = answer.facts() != null && Boolean.TRUE.equals(answer.facts().insuredAbroad());
		return new RequestContext(answer.requestId(), answer.specialty(), patient.id(), representatives, domainReferral,
				uzovi, abroad);
	}

	@Override
	public List<Consultant> bySpecialty(String specialty) {
		return this.client.consultants(specialty)
			.stream()
			.filter((consultant) -> consultant.id() != null && consultant.name() != null)
			.map((consultant) -> new Consultant(Objects.requireNonNull(consultant.id()), consultant.userId(),
					Objects.requireNonNull(consultant.name()), consultant.specialty(), consultant.institution(),
					Boolean.TRUE.equals(consultant.accepting()), consultant.waitingWeeks(),
					(consultant.languages() != null) ? consultant.languages() : List.of()))
			.toList();
	}

	private static ProblemException garbled() {
		return DownstreamFailures.callFailed(ReferralFallbackFactory.SERVICE,
				"The referral service gave an answer we do not understand. Quote the correlation id when you "
						+ "contact support.");
	}

}
