package nl.secondopinion.dossier.client.referral;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.access.CaseContext;
import nl.secondopinion.dossier.access.CaseContexts;
import nl.secondopinion.support.feign.DownstreamFailures;

/** Case contexts from referral-service, over {@link ReferralClient}. */
@Component
class ReferralCaseContexts implements CaseContexts {

	private static final Logger log = LoggerFactory.getLogger(ReferralCaseContexts.class);

	private final ReferralClient client;

	ReferralCaseContexts(ReferralClient client) {
		this.client = client;
	}

	@Override
	public Optional<CaseContext> find(String requestId) {
		RequestContextAnswer answer;
		try {
			answer = this.client.context(requestId);
		}
		catch (RequestUnknownException ex) {
			return Optional.empty();
		}
		return Optional.of(map(requestId, answer));
	}

	private static CaseContext map(String requestId, RequestContextAnswer answer) {
		RequestContextAnswer.Person patient = answer.patient();
		if (patient == null) {
			log.error("Referral service answered a context without patient");
			throw DownstreamFailures.callFailed("referral", "The referral service gave an answer we do not understand. "
					+ "Quote the correlation id when you contact support.");
		}
		// A draft may not have its facts yet: then nothing beyond the basic items is
		// required.
		RequestContextAnswer.Facts facts = (answer.facts() != null) ? answer.facts()
				: new RequestContextAnswer.Facts(false, false, false, false);
		List<CaseContext.Representative> representatives = (answer.representatives() != null) ? answer.representatives()
			.stream()
			.filter((rep) -> rep.id() != null)
			.map((rep) -> new CaseContext.Representative(rep.id(), (rep.username() != null) ? rep.username() : "",
					Boolean.TRUE.equals(rep.consentGiven())))
			.toList() : List.of();
		RequestContextAnswer.Referral referral = answer.referral();
		return new CaseContext(requestId, (answer.status() != null) ? answer.status() : "UNKNOWN",
				// Without a patient id (a representative's request awaiting
				// consent) nobody matches as the patient.
				new CaseContext.Person((patient.id() != null) ? patient.id() : "",
						(patient.username() != null) ? patient.username() : "", patient.locale()),
				// A treating doctor the patient chose not to inform is no part of the
				// case here.
				representatives,
				Boolean.FALSE.equals(answer.informTreatingDoctor()) ? null : doctor(answer.treatingDoctor()),
				gp(answer.generalPractitioner()),
				(referral != null && referral.status() != null)
						? new CaseContext.Referral(referral.status(), referral.referrerId(), referral.referrerRole())
						: null,
				isTrue(answer.selfReferred()), consultant(answer.assignedConsultant()), isTrue(answer.withConsultant()),
				(answer.insurer() != null) ? answer.insurer().uzovi() : null,
				new CaseContext.Facts(isTrue(facts.treatedAbroad()), isTrue(facts.imagingDone()),
						isTrue(facts.pathologyDone()), isTrue(facts.operated())),
				answer.closedAt());
	}

	/** Known by platform id, AGB code or both; without either nobody can be matched. */
	private static CaseContext.@Nullable Doctor doctor(RequestContextAnswer.@Nullable Doctor doctor) {
		if (doctor == null || (doctor.userId() == null && blank(doctor.agb()))) {
			return null;
		}
		return new CaseContext.Doctor(doctor.userId(), blank(doctor.agb()) ? null : doctor.agb(), doctor.level(),
				doctor.name(), doctor.institution(), doctor.practice());
	}

	private static CaseContext.@Nullable GeneralPractitioner gp(RequestContextAnswer.@Nullable GeneralPractitioner gp) {
		if (gp == null || (gp.userId() == null && blank(gp.agb()))) {
			return null;
		}
		return new CaseContext.GeneralPractitioner(gp.userId(), blank(gp.agb()) ? null : gp.agb(), gp.name(),
				gp.practice());
	}

	private static CaseContext.@Nullable Consultant consultant(RequestContextAnswer.@Nullable Consultant consultant) {
		if (consultant == null || (consultant.consultantId() == null && consultant.userId() == null)) {
			return null;
		}
		return new CaseContext.Consultant(consultant.consultantId(), consultant.userId(), consultant.institution());
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static boolean isTrue(@Nullable Boolean value) {
		return Boolean.TRUE.equals(value);
	}

}
