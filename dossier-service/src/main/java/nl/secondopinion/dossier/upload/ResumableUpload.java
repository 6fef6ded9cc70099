package nl.secondopinion.dossier.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.dossier.document.UploadMetadata;

/**
 * The state of one resumable upload, one MongoDB document changed only by single-document
 * conditional updates: the stored pieces (each a ciphertext of its own in the content
 * store), how far they reach, and the request appending right now. Every change counts up
 * {@code version}.
 *
 * @param createdBy the platform id of the user who created it: the only one who may go on
 * with it
 * @param offset how many bytes are stored: the pieces end there
 * @param writer the request appending right now, if any
 * @param documentId the document it became, once complete
 */
@Document("uploads")
public record ResumableUpload(@Id String id, @Indexed String requestId, String createdBy, UploadMetadata metadata,
		@Nullable String fileName, long length, long offset, List<Piece> pieces, @Nullable Writer writer, Status status,
		@Nullable String documentId, Instant createdAt, @Indexed Instant lastActivityAt, long version) {

	public ResumableUpload {
		pieces = (pieces != null) ? List.copyOf(pieces) : List.of();
	}

	static ResumableUpload start(String id, String requestId, String createdBy, UploadMetadata metadata,
			@Nullable String fileName, long length, Instant now) {
		return new ResumableUpload(id, requestId, createdBy, metadata, fileName, length, 0, List.of(), null,
				Status.RECEIVING, null, now, now, 0);
	}

	/** The upload as it is once it became a document. */
	ResumableUpload completedAs(String document) {
		return new ResumableUpload(this.id, this.requestId, this.createdBy, this.metadata, this.fileName, this.length,
				this.length, List.of(), null, Status.COMPLETED, document, this.createdAt, this.lastActivityAt,
				this.version);
	}

	public boolean completed() {
		return this.status == Status.COMPLETED;
	}

	/**
	 * The tus offset rules for a request that wants to append.
	 * @param clientOffset the offset the client says it continues from
	 * @param declaredLength the request's Content-Length, or -1 when not declared
	 * @param maxPieces most pieces an upload may have
	 */
	Check check(long clientOffset, long declaredLength, int maxPieces) {
		if (this.status == Status.COMPLETED) {
			return (clientOffset == this.length && declaredLength <= 0) ? Check.ALREADY_COMPLETE
					: Check.OFFSET_MISMATCH;
		}
		if (clientOffset != this.offset) {
			return Check.OFFSET_MISMATCH;
		}
		if (declaredLength > this.length - this.offset) {
			return Check.BEYOND_LENGTH;
		}
		if (this.pieces.size() >= maxPieces) {
			return Check.TOO_FRAGMENTED;
		}
		return Check.ACCEPTED;
	}

	/** Whether a request still holds the upload at {@code now}. */
	boolean heldAt(Instant now) {
		return this.writer != null && this.writer.until().isAfter(now);
	}

	/** Every piece of content this upload may have stored, also one not yet recorded. */
	List<String> contentIds() {
		List<String> ids = new ArrayList<>(this.pieces.stream().map(Piece::contentId).toList());
		if (this.writer != null) {
			ids.add(this.writer.contentId());
		}
		return ids;
	}

	/** What a request that wants to append may do. */
	enum Check {

		ACCEPTED,
		/** The last request's answer got lost: the client asks again for the end. */
		ALREADY_COMPLETE,
		/** 409: the client must ask for the offset (HEAD) and continue from there. */
		OFFSET_MISMATCH,
		/** 413: more bytes declared than the upload has left. */
		BEYOND_LENGTH,
		/** 409: too many pieces; the upload must start again. */
		TOO_FRAGMENTED

	}

	/**
	 * One stored piece: bytes {@code [offset, offset + length)}, encrypted on their own.
	 */
	public record Piece(String contentId, long offset, long length) {

		long end() {
			return this.offset + this.length;
		}

	}

	/**
	 * The request appending right now: it stores into {@code contentId} and holds the
	 * upload until {@code until}, renewed while bytes arrive.
	 */
	public record Writer(String token, String contentId, Instant until) {

	}

	public enum Status {

		RECEIVING, COMPLETED,
		/** Being removed with its pieces; nobody may use it any more. */
		REMOVING

	}

}
