package nl.secondopinion.insurance.mediation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.context.RequestNotFoundException;

/**
 * Reads the phase of mediated requests from referral-service on every read. A failed read
 * never fails the desk's read: the phase is marked unavailable instead. A request that
 * names another insurer now, or is gone, is no longer shown to the old insurer's desk.
 */
public class CasePhases {

	private static final Logger log = LoggerFactory.getLogger(CasePhases.class);

	private final RequestContexts contexts;

	public CasePhases(RequestContexts contexts) {
		this.contexts = contexts;
	}

	public CasePhase of(MediationRequest request) {
		try {
			RequestContext context = this.contexts.find(request.requestId());
			if (!request.insurerUzovi().equals(context.insurerUzovi())) {
				return CasePhase.NOT_SHOWN;
			}
			return new CasePhase(context.phase().status(), context.phase().submittedAt(), false);
		}
		catch (RequestNotFoundException ex) {
			return CasePhase.NOT_SHOWN;
		}
		catch (RuntimeException ex) {
			log.warn("Phase of mediated request {} unavailable: {}", request.id(), ex.getClass().getSimpleName());
			return CasePhase.UNAVAILABLE;
		}
	}

	/**
	 * The phase of each request, by mediation id. After the first failed read the rest
	 * are marked unavailable without asking, so that a list does not wait for one timeout
	 * per request while referral-service is down.
	 */
	public Map<String, CasePhase> of(List<MediationRequest> requests) {
		Map<String, CasePhase> phases = new LinkedHashMap<>();
		boolean down = false;
		for (MediationRequest request : requests) {
			CasePhase phase = down ? CasePhase.UNAVAILABLE : of(request);
			down = phase.unavailable();
			phases.put(request.id(), phase);
		}
		return phases;
	}

}
