package nl.secondopinion.referral.client.insurance;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.CoverageDecisions;
import nl.secondopinion.support.feign.DownstreamFailures;

/** The latest coverage decision from insurance-service, over {@link InsuranceClient}. */
@Component
class InsuranceCoverageDecisions implements CoverageDecisions {

	private static final Logger log = LoggerFactory.getLogger(InsuranceCoverageDecisions.class);

	private static final Set<String> DECISIONS = Set.of("COVERED_BASIC", "COVERED_SUPPLEMENTARY", "NOT_COVERED",
			"UNCERTAIN", "PENDING");

	private final InsuranceClient client;

	InsuranceCoverageDecisions(InsuranceClient client) {
		this.client = client;
	}

	@Override
	public Optional<Decision> latest(String requestId) {
		CoverageDecisionAnswer answer;
		try {
			answer = this.client.latestCoverage(requestId);
		}
		catch (NoCoverageCheckException ex) {
			return Optional.empty();
		}
		if (answer.decision() == null || !DECISIONS.contains(answer.decision())) {
			log.error("Insurance service answered a coverage decision we do not know");
			throw DownstreamFailures.callFailed("insurance",
					"The insurance service gave an answer we do not understand. Quote the correlation id when "
							+ "you contact support.");
		}
		return Optional.of(new Decision(answer.decision(), answer.decidedAt()));
	}

}
