package nl.secondopinion.referral.client.insurance;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.CoverageEstimate;
import nl.secondopinion.referral.request.CoverageEstimates;
import nl.secondopinion.referral.request.CoverageLikelihood;
import nl.secondopinion.referral.request.CoverageReason;
import nl.secondopinion.referral.request.UnknownInsurerException;
import nl.secondopinion.support.feign.DownstreamFailures;

/** Coverage estimates from insurance-service, over {@link InsuranceClient}. */
@Component
class InsuranceCoverageEstimates implements CoverageEstimates {

	private static final Logger log = LoggerFactory.getLogger(InsuranceCoverageEstimates.class);

	private final InsuranceClient client;

	private final Clock clock;

	InsuranceCoverageEstimates(InsuranceClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	@Override
	public CoverageEstimate estimate(String requestId, String insurerUzovi) {
		CoverageEstimateAnswer answer;
		try {
			answer = this.client.estimateCoverage(requestId);
		}
		catch (UnknownInsurerException ex) {
			// Named by the request, whatever the answer's body says.
			throw new UnknownInsurerException(insurerUzovi);
		}
		Optional<CoverageLikelihood> likelihood = Arrays.stream(CoverageLikelihood.values())
			.filter((value) -> value.name().equals(answer.estimate()))
			.findFirst();
		String insurerName = answer.insurerName();
		if (likelihood.isEmpty() || insurerName == null) {
			log.error("Insurance service answered a coverage estimate without a known estimate or insurer name");
			throw DownstreamFailures.callFailed("insurance",
					"The insurance service gave an answer we do not understand. Quote the correlation id when "
							+ "you contact support.");
		}
		return new CoverageEstimate(likelihood.get(), insurerName, reasons(answer),
				(answer.checkedAt() != null) ? answer.checkedAt() : this.clock.instant());
	}

	private static List<CoverageReason> reasons(CoverageEstimateAnswer answer) {
		if (answer.reasons() == null) {
			return List.of();
		}
		return answer.reasons()
			.stream()
			.filter((reason) -> reason.code() != null)
			.map((reason) -> new CoverageReason(reason.code(), (reason.nl() != null) ? reason.nl() : "",
					(reason.en() != null) ? reason.en() : ""))
			.toList();
	}

}
