package nl.secondopinion.dossier.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import nl.secondopinion.dossier.access.AccessPolicy;
import nl.secondopinion.dossier.access.CaseContext;
import nl.secondopinion.dossier.access.Caller;
import nl.secondopinion.dossier.audit.AuditAction;
import nl.secondopinion.dossier.audit.AuditOutcome;

/**
 * Additional items the assigned consultant or the site's intake asks for: they join the
 * checklist as missing (and so gate the appointment) until a document names them.
 */
@Service
public class AdditionalItemService {

	private final DossierGuard guard;

	private final DossierUpdates updates;

	private final Checklists checklists;

	private final Clock clock;

	AdditionalItemService(DossierGuard guard, DossierUpdates updates, Checklists checklists, Clock clock) {
		this.guard = guard;
		this.updates = updates;
		this.checklists = checklists;
		this.clock = clock;
	}

	/** Adds the item and queues INFORMATION_REQUESTED to its holder in the same write. */
	public AdditionalItem ask(Caller caller, String requestId, @Nullable String title, Holder holder,
			@Nullable LocalDate dueDate, @Nullable DocumentType type) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.ADDITIONAL_ITEM_REQUEST,
				(access) -> AccessPolicy.asksForInformation(access, caller.user()), null);
		CaseContext context = decision.context();
		Instant now = this.clock.instant();
		AdditionalItem item = AdditionalItem.ask(context, title, holder, dueDate, type, caller.user().id(),
				caller.role(), now, this.checklists.today());
		this.guard.audit(decision, AuditAction.ADDITIONAL_ITEM_REQUEST, AuditOutcome.SUCCESS, null);
		if (decision.dossier().isEmpty()) {
			this.updates.open(requestId);
		}
		this.updates.change(requestId, (d) -> {
			d.ask(item, context, now);
			d.checklistRecorded(this.checklists.of(context, d));
		});
		return item;
	}

	/**
	 * Withdraws an open item; when that completes the dossier, DOSSIER_COMPLETE follows
	 * as after an upload.
	 */
	public void withdraw(Caller caller, String requestId, String itemId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.ADDITIONAL_ITEM_WITHDRAW,
				(access) -> AccessPolicy.asksForInformation(access, caller.user()), null);
		AdditionalItem item = decision.dossier().flatMap((d) -> d.openItem(itemId)).orElseThrow(DossierGuard::notFound);
		this.guard.audit(decision, AuditAction.ADDITIONAL_ITEM_WITHDRAW, AuditOutcome.SUCCESS, null);
		CaseContext context = decision.context();
		Instant now = this.clock.instant();
		this.updates.change(requestId, (d) -> {
			d.withdraw(item.id(), caller.user().id(), now);
			d.checklistChanged(this.checklists.of(context, d), context, now);
		});
	}

}
