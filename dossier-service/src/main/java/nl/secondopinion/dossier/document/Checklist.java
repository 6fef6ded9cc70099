package nl.secondopinion.dossier.document;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.secondopinion.dossier.access.CaseContext;

/**
 * The completeness checklist: which items the case facts require, and which of them the
 * active documents satisfy.
 */
public record Checklist(String requestId, boolean complete, List<Missing> missing, List<Present> present) {

	public record Missing(ChecklistItem item, String nl, String en) {

	}

	public record Present(ChecklistItem item, List<String> documentIds) {

	}

	/** A short, comparable form: whether an upload changed the outcome. */
	public String state() {
		return this.complete ? "COMPLETE" : "MISSING:"
				+ this.missing.stream().map((m) -> m.item().name()).sorted().collect(Collectors.joining(","));
	}

	public List<String> missingItems() {
		return this.missing.stream().map((m) -> m.item().name()).toList();
	}

	public static Checklist evaluate(CaseContext context, List<StoredDocument> documents, LocalDate today,
			Period historyMaxAge) {
		List<StoredDocument> active = documents.stream().filter(StoredDocument::active).toList();
		Map<ChecklistItem, Predicate<StoredDocument>> required = new java.util.LinkedHashMap<>();
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
			List<String> ids = active.stream().filter(satisfies).map(StoredDocument::id).toList();
			boolean referredOnPlatform = item == ChecklistItem.REFERRAL_LETTER && context.referral() != null
					&& context.referral().present();
			if (!ids.isEmpty() || referredOnPlatform) {
				present.add(new Present(item, ids));
			}
			else {
				missing.add(new Missing(item, item.nl(months), item.en(months)));
			}
		});
		return new Checklist(context.requestId(), missing.isEmpty(), missing, present);
	}

	private static Predicate<StoredDocument> ofType(DocumentType type) {
		return (d) -> d.type() == type;
	}

}
