package nl.secondopinion.referral.request;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs the records chase over the requests that are due: asks the dossier service what is
 * missing and who holds it, and lets each request decide whom to ask, remind or report
 * late. Any number of replicas may run this: the request's version is the claim, so of
 * two replicas that chase one request at once only one saves its messages.
 */
@Component
public class RecordsChaser {

	private static final Logger log = LoggerFactory.getLogger(RecordsChaser.class);

	private static final int BATCH = 50;

	/** Sent and not yet planned: the records are needed before an appointment. */
	static final Set<RequestStatus> CHASED = EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.REFERRED,
			RequestStatus.REFERRAL_REFUSED, RequestStatus.SELF_REFERRED, RequestStatus.CONSULTANT_ASSIGNED,
			RequestStatus.CONSULTANT_DECLINED, RequestStatus.CASE_ACCEPTED);

	private final Requests requests;

	private final DossierChecklists dossiers;

	private final JourneyProperties properties;

	private final Clock clock;

	RecordsChaser(Requests requests, DossierChecklists dossiers, JourneyProperties properties, Clock clock) {
		this.requests = requests;
		this.dossiers = dossiers;
		this.properties = properties;
		this.clock = clock;
	}

	/** One run; answers how many requests were chased. */
	public int chaseDue() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		RecordsPolicy policy = this.properties.records().policy();
		int chased = 0;
		for (SecondOpinionRequest request : this.requests.chaseDue(CHASED, now, BATCH)) {
			DossierChecklists.Checklist checklist;
			try {
				checklist = this.dossiers.checklist(request.id());
			}
			catch (RuntimeException ex) {
				// The dossier service is down or refused: try again next run, nothing
				// changed.
				log.warn("Records chase skipped for now: the dossier service did not answer ({})",
						ex.getClass().getSimpleName());
				return chased;
			}
			request.chaseRecords(checklist.missing(), policy, now);
			try {
				this.requests.save(request);
				chased++;
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Request {} changed while chasing; another run decides", request.id());
			}
		}
		return chased;
	}

}
