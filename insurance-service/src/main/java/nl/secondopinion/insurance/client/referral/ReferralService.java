package nl.secondopinion.insurance.client.referral;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.context.Consultant;
import nl.secondopinion.insurance.context.ConsultantAssignments;
import nl.secondopinion.insurance.context.ConsultantDirectory;
import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.problem.ProblemException;

/**
 * Request contexts, the candidates a request's patient may choose, and consultant
 * assignments, from referral-service.
 */
@Component
class ReferralService implements RequestContexts, ConsultantDirectory, ConsultantAssignments {

	private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

	private final ReferralClient client;

	ReferralService(ReferralClient client) {
		this.client = client;
	}

	@Override
	public RequestContext find(String requestId) {
		RequestContext context = ContextMapping.context(this.client.context(requestId));
		if (context == null) {
			log.error("Referral service answered a request context without request id or patient");
			throw garbled();
		}
		return context;
	}

	@Override
	public List<Consultant> candidates(String requestId, @Nullable Integer maxWaitingWeeks) {
		List<ConsultantAnswer> answers = this.client.candidates(requestId, maxWaitingWeeks);
		if (answers == null) {
			log.error("Referral service answered the candidates of a request without a list");
			throw garbled();
		}
		return ContextMapping.consultants(answers);
	}

	@Override
	public void assign(String requestId, String consultantId, String mediationId) {
		this.client.assignConsultant(requestId, new ReferralClient.AssignmentBody(consultantId, mediationId));
	}

	private static ProblemException garbled() {
		return DownstreamFailures.callFailed(ReferralFallbackFactory.SERVICE,
				"The referral service gave an answer we do not understand. Quote the correlation id when you "
						+ "contact support.");
	}

}
