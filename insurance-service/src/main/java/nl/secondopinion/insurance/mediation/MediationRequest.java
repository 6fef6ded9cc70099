package nl.secondopinion.insurance.mediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.insurance.event.PendingEvent;

/**
 * A patient's request to their own insurer's care-mediation desk for a consultant with a
 * shorter wait. Holds only what a mediator needs: the specialty, the question's category,
 * the waiting-time wishes and contact preferences; never dossier content or the report.
 * The insurer's UZOVI code is the tenant: mediators see their own insurer's requests
 * only.
 */
@Document(MediationRequest.COLLECTION)
public class MediationRequest {

	public static final String COLLECTION = "mediation_requests";

	@Id
	private final String id;

	@Version
	private @Nullable Long version;

	private final String requestId;

	private final String patientId;

	private final List<String> viewers;

	private final String insurerUzovi;

	private final String specialty;

	private final QuestionCategory questionCategory;

	private final WaitingWish waitingWish;

	private final ContactPreference contactPreference;

	private MediationStatus status;

	private final Instant requestedAt;

	private final Instant dueBy;

	private final List<Proposal> proposals;

	private @Nullable Outcome outcome;

	private final List<PendingEvent> pendingEvents;

	@PersistenceCreator
	MediationRequest(String id, @Nullable Long version, String requestId, String patientId, List<String> viewers,
			String insurerUzovi, String specialty, QuestionCategory questionCategory, WaitingWish waitingWish,
			ContactPreference contactPreference, MediationStatus status, Instant requestedAt, Instant dueBy,
			@Nullable List<Proposal> proposals, @Nullable Outcome outcome, @Nullable List<PendingEvent> pendingEvents) {
		this.id = id;
		this.version = version;
		this.requestId = requestId;
		this.patientId = patientId;
		this.viewers = new ArrayList<>(viewers);
		this.insurerUzovi = insurerUzovi;
		this.specialty = specialty;
		this.questionCategory = questionCategory;
		this.waitingWish = waitingWish;
		this.contactPreference = contactPreference;
		this.status = status;
		this.requestedAt = requestedAt;
		this.dueBy = dueBy;
		this.proposals = (proposals != null) ? new ArrayList<>(proposals) : new ArrayList<>();
		this.outcome = outcome;
		this.pendingEvents = (pendingEvents != null) ? new ArrayList<>(pendingEvents) : new ArrayList<>();
	}

	static MediationRequest open(String requestId, String patientId, List<String> viewers, String insurerUzovi,
			String specialty, QuestionCategory category, WaitingWish wish, ContactPreference contact, Instant now,
			Instant dueBy) {
		return new MediationRequest(UUID.randomUUID().toString(), null, requestId, patientId, viewers, insurerUzovi,
				specialty, category, wish, contact, MediationStatus.OPEN, now, dueBy, List.of(), null, List.of());
	}

	Proposal propose(List<ProposedConsultant> consultants, @Nullable String note, String mediatorId, Instant now) {
		requireOpen();
		Proposal proposal = new Proposal(UUID.randomUUID().toString(), consultants, note, mediatorId, now);
		this.proposals.add(proposal);
		this.status = MediationStatus.PROPOSED;
		Map<String, Object> data = new HashMap<>();
		data.put("mediationId", this.id);
		data.put("proposalId", proposal.proposalId());
		data.put("insurerUzovi", this.insurerUzovi);
		data.put("consultantCount", consultants.size());
		consultants.stream()
			.map(ProposedConsultant::waitingWeeks)
			.filter(Objects::nonNull)
			.min(Integer::compare)
			.ifPresent((weeks) -> data.put("shortestWaitingWeeks", weeks));
		this.pendingEvents.add(
				PendingEvent.forViewers("MEDIATION_PROPOSAL", now, this.requestId, this.patientId, this.viewers, data));
		return proposal;
	}

	void close(Outcome outcome) {
		requireOpen();
		this.outcome = outcome;
		this.status = MediationStatus.CLOSED;
	}

	boolean proposed(String consultantId) {
		return this.proposals.stream()
			.flatMap((proposal) -> proposal.consultants().stream())
			.anyMatch((consultant) -> consultant.consultantId().equals(consultantId));
	}

	/** A mediation with an outcome takes nothing more. */
	void requireOpen() {
		if (this.status == MediationStatus.CLOSED) {
			throw new MediationClosedException();
		}
	}

	public boolean withinTarget() {
		Instant first = firstProposalAt();
		return first != null && !first.isAfter(this.dueBy);
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

	public String specialty() {
		return this.specialty;
	}

	public QuestionCategory questionCategory() {
		return this.questionCategory;
	}

	public WaitingWish waitingWish() {
		return this.waitingWish;
	}

	public ContactPreference contactPreference() {
		return this.contactPreference;
	}

	public MediationStatus status() {
		return this.status;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public Instant dueBy() {
		return this.dueBy;
	}

	/** Proposals are only ever added, so the first one in the list is the earliest. */
	public @Nullable Instant firstProposalAt() {
		return this.proposals.isEmpty() ? null : this.proposals.get(0).proposedAt();
	}

	public List<Proposal> proposals() {
		return List.copyOf(this.proposals);
	}

	public @Nullable Outcome outcome() {
		return this.outcome;
	}

	public List<PendingEvent> pendingEvents() {
		return List.copyOf(this.pendingEvents);
	}

}
