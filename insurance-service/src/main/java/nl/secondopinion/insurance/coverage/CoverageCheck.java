package nl.secondopinion.insurance.coverage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.event.PendingEvent;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.privacy.BsnVault;

/**
 * One coverage check for a request: its decision with reasons, sources and the request
 * facts it rests on, and the events still to be relayed, written together in one
 * document. The latest check of an open request keeps the citizen service number sealed
 * (encrypted): for the re-check while pending, and to decide again when the request's
 * facts change. It is erased when a newer check takes over, or the request ends or is
 * gone.
 */
@Document(CoverageCheck.COLLECTION)
public class CoverageCheck {

	public static final String COLLECTION = "coverage_checks";

	@Id
	private final String id;

	@Version
	private @Nullable Long version;

	private final String requestId;

	private final String patientId;

	private final List<String> viewers;

	private final String insurerUzovi;

	private final String insurerName;

	private final String requestedBy;

	private final String bsnMasked;

	private @Nullable String bsnSealed;

	private Decision decision;

	private List<Reason> reasons;

	private List<DataSource> sources;

	private @Nullable CoverageBasis basis;

	private final Instant createdAt;

	private @Nullable Instant decidedAt;

	private @Nullable Instant nextRecheckAt;

	private int recheckAttempts;

	private final List<PendingEvent> pendingEvents;

	@PersistenceCreator
	CoverageCheck(String id, @Nullable Long version, String requestId, String patientId, List<String> viewers,
			String insurerUzovi, String insurerName, String requestedBy, String bsnMasked, @Nullable String bsnSealed,
			Decision decision, List<Reason> reasons, List<DataSource> sources, @Nullable CoverageBasis basis,
			Instant createdAt, @Nullable Instant decidedAt, @Nullable Instant nextRecheckAt, int recheckAttempts,
			@Nullable List<PendingEvent> pendingEvents) {
		this.id = id;
		this.version = version;
		this.requestId = requestId;
		this.patientId = patientId;
		this.viewers = new ArrayList<>(viewers);
		this.insurerUzovi = insurerUzovi;
		this.insurerName = insurerName;
		this.requestedBy = requestedBy;
		this.bsnMasked = bsnMasked;
		this.bsnSealed = bsnSealed;
		this.decision = decision;
		this.reasons = new ArrayList<>(reasons);
		this.sources = new ArrayList<>(sources);
		this.basis = basis;
		this.createdAt = createdAt;
		this.decidedAt = decidedAt;
		this.nextRecheckAt = nextRecheckAt;
		this.recheckAttempts = recheckAttempts;
		this.pendingEvents = (pendingEvents != null) ? new ArrayList<>(pendingEvents) : new ArrayList<>();
	}

	public static CoverageCheck start(RequestContext context, Insurer insurer, String requestedBy, Bsn bsn,
			Instant now) {
		return new CoverageCheck(UUID.randomUUID().toString(), null, context.requestId(), context.patientId(),
				context.viewers(), insurer.uzovi(), insurer.name(), requestedBy, bsn.masked(), null, Decision.PENDING,
				List.of(), List.of(), CoverageBasis.of(context), now, null, null, 0, List.of());
	}

	/**
	 * Records a verdict on the facts it rests on, and keeps the number sealed. A pending
	 * verdict announces the wait once; a final one announces the decision.
	 */
	public void record(Verdict verdict, CoverageBasis basis, List<DataSource> sources, Instant now, Bsn bsn,
			BsnVault vault, Duration firstRecheckDelay) {
		boolean firstTimePending = this.decidedAt == null && this.nextRecheckAt == null && this.recheckAttempts == 0;
		this.decision = verdict.decision();
		this.reasons = new ArrayList<>(verdict.reasons());
		this.sources = new ArrayList<>(sources);
		this.basis = basis;
		if (this.bsnSealed == null) {
			this.bsnSealed = vault.seal(bsn, this.id);
		}
		if (verdict.decision().isFinal()) {
			this.decidedAt = now;
			this.nextRecheckAt = null;
			announce("COVERAGE_DECIDED", now);
			return;
		}
		this.nextRecheckAt = now.plus(firstRecheckDelay);
		if (firstTimePending) {
			announce("COVERAGE_PENDING", now);
		}
	}

	/** The re-check got no answer either: try again after {@code delay}. */
	public void stillPending(Instant now, Duration delay) {
		this.recheckAttempts++;
		this.nextRecheckAt = now.plus(delay);
	}

	/**
	 * Stop re-checking and forget the number: the request is gone or ended, or a newer
	 * check took over.
	 */
	public void abandon() {
		this.bsnSealed = null;
		this.nextRecheckAt = null;
	}

	private void announce(String type, Instant now) {
		this.pendingEvents.add(PendingEvent.forViewers(type, now, this.requestId, this.patientId, this.viewers,
				Map.of("checkId", this.id, "decision", this.decision.name(), "insurerUzovi", this.insurerUzovi)));
	}

	public boolean visibleTo(String userId) {
		return this.viewers.contains(userId);
	}

	public String id() {
		return this.id;
	}

	public String requestId() {
		return this.requestId;
	}

	public String patientId() {
		return this.patientId;
	}

	public String insurerUzovi() {
		return this.insurerUzovi;
	}

	public String insurerName() {
		return this.insurerName;
	}

	public String requestedBy() {
		return this.requestedBy;
	}

	public String bsnMasked() {
		return this.bsnMasked;
	}

	public @Nullable String bsnSealed() {
		return this.bsnSealed;
	}

	public Decision decision() {
		return this.decision;
	}

	public List<Reason> reasons() {
		return List.copyOf(this.reasons);
	}

	public List<DataSource> sources() {
		return List.copyOf(this.sources);
	}

	public @Nullable CoverageBasis basis() {
		return this.basis;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant decidedAt() {
		return this.decidedAt;
	}

	public @Nullable Instant nextRecheckAt() {
		return this.nextRecheckAt;
	}

	public int recheckAttempts() {
		return this.recheckAttempts;
	}

	public List<PendingEvent> pendingEvents() {
		return List.copyOf(this.pendingEvents);
	}

}
