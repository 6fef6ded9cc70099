package nl.secondopinion.referral.request;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import nl.secondopinion.support.security.CurrentUser;

/**
 * The use cases of the request feature. Reads are filtered here, not in the web layer:
 * for now a request is visible to its owner only.
 */
@Service
public class RequestService {

	private static final Pattern REQUEST_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Requests requests;

	private final CoverageEstimates coverageEstimates;

	private final Clock clock;

	RequestService(Requests requests, CoverageEstimates coverageEstimates, Clock clock) {
		this.requests = requests;
		this.coverageEstimates = coverageEstimates;
		this.clock = clock;
	}

	public SecondOpinionRequest startDraft(CurrentUser patient, NewRequest form) {
		// MongoDB keeps milliseconds; truncating here makes the answer equal what is read
		// back.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String id = UUID.randomUUID().toString();
		return this.requests.save(SecondOpinionRequest.draft(id, UserReference.of(patient), form, now));
	}

	public SecondOpinionRequest get(CurrentUser caller, String id) {
		if (!REQUEST_ID.matcher(id).matches()) {
			throw new RequestNotFoundException();
		}
		return this.requests.findById(id)
			.filter((request) -> request.isOwnedBy(caller.id()))
			.orElseThrow(RequestNotFoundException::new);
	}

	public List<SecondOpinionRequest> visibleTo(CurrentUser caller) {
		return this.requests.ownedBy(caller.id());
	}

	/** Asks the insurance service; nothing is stored, the estimate is only shown. */
	public CoverageEstimate estimateCoverage(CurrentUser caller, String id) {
		SecondOpinionRequest request = get(caller, id);
		InsurerReference insurer = request.insurerForCoverageCheck();
		return this.coverageEstimates.estimate(insurer.uzovi(), request.referralStatus());
	}

}
