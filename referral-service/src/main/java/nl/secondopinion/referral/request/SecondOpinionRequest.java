package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A patient's request for a second opinion: the aggregate that carries the question from
 * draft to report. Every change goes through a method here that also appends to the
 * timeline, and the whole request is stored as one document, so state and history can
 * never disagree (the stores we run on have no multi-document transactions).
 */
public final class SecondOpinionRequest {

	private final String id;

	private final @Nullable Long version;

	private final UserReference owner;

	private final RequestStatus status;

	private final Question question;

	private final Reason reason;

	private final String specialty;

	private final @Nullable InsurerReference insurer;

	private final ReferralStatus referralStatus;

	private final Instant createdAt;

	private final List<TimelineEntry> timeline;

	private SecondOpinionRequest(Snapshot snapshot) {
		if (snapshot.specialty().isBlank()) {
			throw new IllegalArgumentException("A request needs a specialty");
		}
		this.id = snapshot.id();
		this.version = snapshot.version();
		this.owner = snapshot.owner();
		this.status = snapshot.status();
		this.question = snapshot.question();
		this.reason = snapshot.reason();
		this.specialty = snapshot.specialty().strip();
		this.insurer = snapshot.insurer();
		this.referralStatus = snapshot.referralStatus();
		this.createdAt = snapshot.createdAt();
		this.timeline = List.copyOf(snapshot.timeline());
	}

	/** A patient starts a request for themselves; it stays private until submitted. */
	public static SecondOpinionRequest draft(String id, UserReference patient, NewRequest form, Instant now) {
		List<TimelineEntry> timeline = new ArrayList<>();
		timeline.add(new TimelineEntry(now, patient, TimelineEvent.DRAFT_CREATED));
		return new SecondOpinionRequest(new Snapshot(id, null, patient, RequestStatus.DRAFT, form.question(),
				form.reason(), form.specialty(), form.insurer(), ReferralStatus.NONE, now, timeline));
	}

	public static SecondOpinionRequest restore(Snapshot snapshot) {
		return new SecondOpinionRequest(snapshot);
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.version, this.owner, this.status, this.question, this.reason, this.specialty,
				this.insurer, this.referralStatus, this.createdAt, this.timeline);
	}

	public boolean isOwnedBy(String userId) {
		return this.owner.id().equals(userId);
	}

	/** The insurer to ask about coverage; without one there is nothing to estimate. */
	public InsurerReference insurerForCoverageCheck() {
		if (this.insurer == null) {
			throw new InsurerMissingException(this.id);
		}
		return this.insurer;
	}

	public String id() {
		return this.id;
	}

	public UserReference owner() {
		return this.owner;
	}

	public RequestStatus status() {
		return this.status;
	}

	public Question question() {
		return this.question;
	}

	public Reason reason() {
		return this.reason;
	}

	public String specialty() {
		return this.specialty;
	}

	public @Nullable InsurerReference insurer() {
		return this.insurer;
	}

	public ReferralStatus referralStatus() {
		return this.referralStatus;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public List<TimelineEntry> timeline() {
		return this.timeline;
	}

	/**
	 * The full state, for storing and restoring; {@code version} is empty until the first
	 * save and guards against lost updates afterwards.
	 */
	public record Snapshot(String id, @Nullable Long version, UserReference owner, RequestStatus status,
			Question question, Reason reason, String specialty, @Nullable InsurerReference insurer,
			ReferralStatus referralStatus, Instant createdAt, List<TimelineEntry> timeline) {

	}

}
