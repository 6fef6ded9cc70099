package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.dossier.access.CaseContext;
import nl.secondopinion.dossier.events.PendingEvent;
import nl.secondopinion.support.time.PlatformDay;

/**
 * One request's dossier in one MongoDB document: document metadata, grants, the wrapped
 * data key and the events not yet relayed. Every change and the events it causes are one
 * write (optimistic locking on {@code version}); the stand-in MongoDB has no
 * transactions.
 */
@Document("dossiers")
public class Dossier {

	/** WGBO: medical records are kept 20 years after the last change. */
	static final int RETENTION_YEARS = 20;

	@Id
	private String requestId;

	@Version
	private @Nullable Long version;

	private byte[] wrappedKey;

	private List<StoredDocument> documents = new ArrayList<>();

	private List<Grant> grants = new ArrayList<>();

	private List<AdditionalItem> additionalItems = new ArrayList<>();

	private List<PendingEvent> outbox = new ArrayList<>();

	private boolean hasPendingEvents;

	private @Nullable String checklistState;

	private Instant createdAt;

	private Instant lastChangedAt;

	private LocalDate retainUntil;

	private boolean legalHold;

	private @Nullable Instant destructionRequestedAt;

	private @Nullable String destructionRequestedBy;

	private @Nullable Instant destroyedAt;

	Dossier(String requestId, byte[] wrappedKey, Instant createdAt) {
		this.requestId = requestId;
		this.wrappedKey = wrappedKey;
		this.createdAt = createdAt;
		this.lastChangedAt = createdAt;
		this.retainUntil = retention(createdAt);
	}

	public String requestId() {
		return this.requestId;
	}

	byte[] wrappedKey() {
		return this.wrappedKey;
	}

	public List<StoredDocument> documents() {
		return List.copyOf(this.documents);
	}

	public Optional<StoredDocument> document(String documentId) {
		return this.documents.stream().filter((d) -> d.id().equals(documentId)).findFirst();
	}

	public List<Grant> grants() {
		return List.copyOf(this.grants);
	}

	public List<AdditionalItem> additionalItems() {
		return List.copyOf(this.additionalItems);
	}

	/** An additional item that has not been withdrawn, by its code or id. */
	public Optional<AdditionalItem> openItem(String codeOrId) {
		return AdditionalItem.idOf(codeOrId)
			.flatMap((id) -> this.additionalItems.stream().filter((i) -> i.id().equals(id) && i.open()).findFirst());
	}

	public List<PendingEvent> outbox() {
		return List.copyOf(this.outbox);
	}

	public LocalDate retainUntil() {
		return this.retainUntil;
	}

	public boolean legalHold() {
		return this.legalHold;
	}

	public @Nullable Instant destructionRequestedAt() {
		return this.destructionRequestedAt;
	}

	public @Nullable Instant destroyedAt() {
		return this.destroyedAt;
	}

	public boolean grantValidFor(String consultantUserId, Instant now) {
		return this.grants.stream().anyMatch((g) -> g.userId().equals(consultantUserId) && g.validAt(now));
	}

	void add(StoredDocument document, Instant now) {
		String replaced = document.replaces();
		if (replaced != null) {
			this.documents.replaceAll((d) -> d.id().equals(replaced) ? d.supersededBy(document.id()) : d);
		}
		this.documents.add(document);
		touch(now);
	}

	void remove(String documentId, Instant now) {
		this.documents.removeIf((d) -> d.id().equals(documentId));
		// A removed correction makes the document it replaced current again.
		this.documents.replaceAll((d) -> documentId.equals(d.supersededBy()) ? d.supersededBy(null) : d);
		touch(now);
	}

	void grant(Grant grant, Instant now) {
		this.grants.add(grant);
		touch(now);
	}

	/** Revokes an active grant and tells its consultant, in the same write. */
	void revoke(String grantId, String by, Instant now) {
		Optional<Grant> active = this.grants.stream()
			.filter((g) -> g.id().equals(grantId) && g.revokedAt() == null)
			.findFirst();
		if (active.isPresent()) {
			this.grants.replaceAll((each) -> each.id().equals(grantId) ? each.revoke(by, now) : each);
			queue(DossierEvents.grantRevoked(this.requestId, active.get(), now));
			touch(now);
		}
	}

	/**
	 * Adds an additional item and tells its holder, in the same write. The checklist
	 * event stays out: INFORMATION_REQUESTED already says what is missing.
	 */
	void ask(AdditionalItem item, CaseContext context, Instant now) {
		this.additionalItems.add(item);
		queue(DossierEvents.informationRequested(this.requestId, item, context, now));
		touch(now);
	}

	void withdraw(String itemId, String by, Instant now) {
		this.additionalItems.replaceAll((i) -> (i.id().equals(itemId) && i.open()) ? i.withdraw(by, now) : i);
		touch(now);
	}

	/**
	 * Records the checklist after a change; when its outcome differs from the last one, a
	 * DOCUMENTS_MISSING or DOSSIER_COMPLETE event joins the outbox in the same write.
	 */
	void checklistChanged(Checklist checklist, CaseContext context, Instant now) {
		String state = checklist.state();
		if (state.equals(this.checklistState)) {
			return;
		}
		this.checklistState = state;
		queue(DossierEvents.checklistChanged(this.requestId, checklist, context, now));
	}

	/** Records the checklist's outcome without telling anyone. */
	void checklistRecorded(Checklist checklist) {
		this.checklistState = checklist.state();
	}

	/** An event nobody could receive would block the outbox: it is not queued. */
	private void queue(PendingEvent event) {
		if (event.recipients().isEmpty() && event.recipientGroups().isEmpty()) {
			return;
		}
		this.outbox.add(event);
		this.hasPendingEvents = true;
	}

	/** After delivery: drops the delivered events, keeps any added meanwhile. */
	void delivered(List<String> eventIds) {
		this.outbox.removeIf((e) -> eventIds.contains(e.eventId()));
		this.hasPendingEvents = !this.outbox.isEmpty();
	}

	void requestDestruction(String by, Instant now) {
		this.destructionRequestedAt = now;
		this.destructionRequestedBy = by;
	}

	void destroyed(Instant now) {
		this.documents.clear();
		this.destroyedAt = now;
		touch(now);
	}

	void legalHold(boolean hold, Instant now) {
		this.legalHold = hold;
		touch(now);
	}

	private void touch(Instant now) {
		this.lastChangedAt = now;
		this.retainUntil = retention(now);
	}

	private static LocalDate retention(Instant at) {
		return PlatformDay.of(at).plusYears(RETENTION_YEARS);
	}

	static String newDocumentId() {
		return UUID.randomUUID().toString();
	}

}
