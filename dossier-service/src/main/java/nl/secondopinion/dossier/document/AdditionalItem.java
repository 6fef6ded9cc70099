package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.dossier.access.CaseContext;

/**
 * A named item the consultant or the site's intake asked for on top of the standard
 * checklist. It is missing until a current document of its type names it
 * ({@code checklistItem} = {@link #code()}). The title is document-description text: it
 * is shown behind login, never put into events or logs.
 */
public record AdditionalItem(String id, String title, Holder holder, DocumentType documentType,
		@Nullable LocalDate dueDate, String requestedBy, String requestedByRole, Instant requestedAt,
		@Nullable Instant withdrawnAt, @Nullable String withdrawnBy) {

	public static final String PREFIX = "ADDITIONAL:";

	static final int MAX_TITLE = 200;

	/** Without a type named, any document that names the item will do. */
	static final DocumentType DEFAULT_TYPE = DocumentType.OTHER;

	// Control and format characters (e.g. bidi overrides), line breaks and markup.
	private static final Pattern NOT_PLAIN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}<>]");

	/**
	 * The checked request for an item; refuses it with the reason when it cannot be
	 * asked.
	 */
	static AdditionalItem ask(CaseContext context, @Nullable String title, Holder holder, @Nullable LocalDate dueDate,
			@Nullable DocumentType type, String by, String byRole, Instant now, LocalDate today) {
		String plain = (title != null) ? title.strip() : "";
		int length = plain.codePointCount(0, plain.length());
		if (length == 0 || length > MAX_TITLE || NOT_PLAIN.matcher(plain).find()) {
			throw new AdditionalItemRefusedException(AdditionalItemRefusedException.Reason.INVALID_TITLE);
		}
		if (dueDate != null && dueDate.isBefore(today)) {
			throw new AdditionalItemRefusedException(AdditionalItemRefusedException.Reason.DUE_DATE_PASSED);
		}
		if ((holder == Holder.GP && context.generalPractitioner() == null)
				|| (holder == Holder.TREATING_DOCTOR && context.treatingDoctor() == null)) {
			throw new AdditionalItemRefusedException(AdditionalItemRefusedException.Reason.HOLDER_NOT_NAMED);
		}
		return new AdditionalItem(UUID.randomUUID().toString(), plain, holder, (type != null) ? type : DEFAULT_TYPE,
				dueDate, by, byRole, now, null, null);
	}

	/** The id inside an item code, or the id itself; empty for anything else. */
	public static Optional<String> idOf(@Nullable String codeOrId) {
		if (codeOrId == null) {
			return Optional.empty();
		}
		String id = codeOrId.strip();
		if (id.startsWith(PREFIX)) {
			id = id.substring(PREFIX.length());
		}
		try {
			return Optional.of(UUID.fromString(id).toString());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The code an upload field names, normalised; null when the field is empty. */
	static @Nullable String codeOf(@Nullable String field) {
		if (field == null || field.isBlank()) {
			return null;
		}
		return idOf(field).map((id) -> PREFIX + id)
			.orElseThrow(() -> new AdditionalItemRefusedException(AdditionalItemRefusedException.Reason.UNKNOWN_ITEM));
	}

	/**
	 * The code an upload of this type may answer: an open item of the dossier that asks
	 * for this type; null when the upload names none.
	 */
	static @Nullable String answerable(Optional<Dossier> dossier, @Nullable String code, DocumentType type) {
		if (code == null) {
			return null;
		}
		AdditionalItem item = dossier.flatMap((d) -> d.openItem(code))
			.orElseThrow(() -> new AdditionalItemRefusedException(AdditionalItemRefusedException.Reason.UNKNOWN_ITEM));
		if (item.documentType() != type) {
			throw new AdditionalItemRefusedException(AdditionalItemRefusedException.Reason.TYPE_DIFFERS,
					item.documentType());
		}
		return item.code();
	}

	/** The item code in the checklist and in events. */
	public String code() {
		return PREFIX + this.id;
	}

	public boolean open() {
		return this.withdrawnAt == null;
	}

	boolean satisfiedBy(StoredDocument document) {
		return document.active() && code().equals(document.checklistItem()) && document.type() == this.documentType;
	}

	AdditionalItem withdraw(String by, Instant at) {
		return new AdditionalItem(this.id, this.title, this.holder, this.documentType, this.dueDate, this.requestedBy,
				this.requestedByRole, this.requestedAt, at, by);
	}

}
