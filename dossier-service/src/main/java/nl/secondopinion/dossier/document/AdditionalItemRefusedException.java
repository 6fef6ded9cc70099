package nl.secondopinion.dossier.document;

import org.jspecify.annotations.Nullable;

/**
 * An additional item cannot be asked for as given, or an upload names an item it cannot
 * answer. The web layer answers 422 with a sentence per reason.
 */
public class AdditionalItemRefusedException extends RuntimeException {

	private final Reason reason;

	private final @Nullable DocumentType expectedType;

	public AdditionalItemRefusedException(Reason reason) {
		this(reason, null);
	}

	/** For {@link Reason#TYPE_DIFFERS}: the type the item asks for. */
	public AdditionalItemRefusedException(Reason reason, @Nullable DocumentType expectedType) {
		super(reason.name(), null, false, false);
		this.reason = reason;
		this.expectedType = expectedType;
	}

	public Reason reason() {
		return this.reason;
	}

	public @Nullable DocumentType expectedType() {
		return this.expectedType;
	}

	public enum Reason {

		/** Blank, longer than 200 characters, or not plain text. */
		INVALID_TITLE,
		/** The due date lies before today. */
		DUE_DATE_PASSED,
		/** Asked of a GP or treating doctor the case does not name. */
		HOLDER_NOT_NAMED,
		/**
		 * An upload names an item that is not an open additional item of this dossier.
		 */
		UNKNOWN_ITEM,
		/** An upload names an item that asks for another document type. */
		TYPE_DIFFERS

	}

}
