package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.dossier.access.CaseContext;

/**
 * The completeness checklist: which items the case facts require, plus the additional
 * items asked for, and which of them the active documents satisfy. Each missing item
 * names who must deliver it.
 */
public record Checklist(String requestId, boolean complete, List<Missing> missing, List<Present> present) {

	/**
	 * @param item a {@link ChecklistItem} name, or {@code ADDITIONAL:<id>}
	 * @param requiredSince when an additional item was asked for; null for the standard
	 * items
	 * @param dueDate the date the asker set for an additional item
	 */
	public record Missing(String item, String nl, String en, Holder holder, @Nullable Instant requiredSince,
			@Nullable LocalDate dueDate) {

	}

	public record Present(String item, List<String> documentIds) {

	}

	/** A short, comparable form: whether an upload changed the outcome. */
	public String state() {
		return this.complete ? "COMPLETE"
				: "MISSING:" + this.missing.stream().map(Missing::item).sorted().collect(Collectors.joining(","));
	}

	public List<String> missingItems() {
		return this.missing.stream().map(Missing::item).toList();
	}

	public static Checklist evaluate(CaseContext context, List<StoredDocument> documents,
			List<AdditionalItem> additionalItems, LocalDate today, Period historyMaxAge) {
		List<StoredDocument> active = documents.stream().filter(StoredDocument::active).toList();
		Map<ChecklistItem, Predicate<StoredDocument>> required = new LinkedHashMap<>();
		LocalDate oldestRecent = today.minus(historyMaxAge);
		required.put(ChecklistItem.HISTORY_LETTER, (d) -> d.type() == DocumentType.HISTORY_LETTER
				&& d.documentDate() != null && !d.documentDate().isBefore(oldestRecent));
		required.put(ChecklistItem.CORRESPONDENCE, ofType(DocumentType.CORRESPONDENCE));
		if (!context.selfReferred()) {
			required.put(ChecklistItem.REFERRAL_LETTER, ofType(DocumentType.REFERRAL_LETTER));
		}
		if (context.facts().imagingDone()) {
			required.put(ChecklistItem.IMAGING_STUDY,
					(d) -> d.type() == DocumentType.IMAGING_STUDY && !d.studies().isEmpty());
			required.put(ChecklistItem.IMAGING_REPORT, ofType(DocumentType.IMAGING_REPORT));
		}
		if (context.facts().pathologyDone()) {
			required.put(ChecklistItem.PATHOLOGY_REPORT, ofType(DocumentType.PATHOLOGY_REPORT));
		}
		if (context.facts().operated()) {
			required.put(ChecklistItem.OPERATION_REPORT, ofType(DocumentType.OPERATION_REPORT));
		}
		if (context.facts().treatedAbroad()) {
			required.put(ChecklistItem.MRSA_SCREENING, ofType(DocumentType.MRSA_SCREENING));
		}
		int months = historyMaxAge.getYears() * 12 + historyMaxAge.getMonths();
		List<Missing> missing = new ArrayList<>();
		List<Present> present = new ArrayList<>();
		required.forEach((item, satisfies) -> {
			List<String> ids = ids(active, satisfies);
			boolean referredOnPlatform = item == ChecklistItem.REFERRAL_LETTER && context.referral() != null
					&& context.referral().present();
			if (!ids.isEmpty() || referredOnPlatform) {
				present.add(new Present(item.name(), ids));
			}
			else {
				missing
					.add(new Missing(item.name(), item.nl(months), item.en(months), item.holder(context), null, null));
			}
		});
		additionalItems.stream().filter(AdditionalItem::open).forEach((item) -> {
			List<String> ids = ids(active, item::satisfiedBy);
			if (!ids.isEmpty()) {
				present.add(new Present(item.code(), ids));
			}
			else {
				missing.add(new Missing(item.code(), item.title(), item.title(), item.holder(), item.requestedAt(),
						item.dueDate()));
			}
		});
		return new Checklist(context.requestId(), missing.isEmpty(), missing, present);
	}

	private static List<String> ids(List<StoredDocument> active, Predicate<StoredDocument> satisfies) {
		return active.stream().filter(satisfies).map(StoredDocument::id).toList();
	}

	private static Predicate<StoredDocument> ofType(DocumentType type) {
		return (d) -> d.type() == type;
	}

}
