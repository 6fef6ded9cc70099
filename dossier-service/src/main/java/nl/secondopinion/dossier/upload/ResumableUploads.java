package nl.secondopinion.dossier.upload;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.google.crypto.tink.StreamingAead;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import nl.secondopinion.dossier.access.Caller;
import nl.secondopinion.dossier.audit.AuditAction;
import nl.secondopinion.dossier.document.AdditionalItemRefusedException;
import nl.secondopinion.dossier.document.DocumentService;
import nl.secondopinion.dossier.document.DossierDestroyed;
import nl.secondopinion.dossier.document.DossierGuard;
import nl.secondopinion.dossier.document.StoredDocument;
import nl.secondopinion.dossier.document.UploadMetadata;
import nl.secondopinion.dossier.storage.ContentStore;
import nl.secondopinion.dossier.upload.ResumableUpload.Piece;
import nl.secondopinion.dossier.upload.ResumableUpload.Status;
import nl.secondopinion.dossier.upload.ResumableUpload.Writer;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Resumable uploads (the tus protocol's model): created with the file's length and the
 * same metadata a multipart upload declares, then appended to in as many requests as
 * needed, each storing what arrives as an encrypted piece, until the last byte is there.
 * Then the pieces flow, decrypted in order, through the very same upload as a multipart
 * file does (size limit, checksum, content checks, encryption, access log, checklist and
 * events), and are removed.
 * <p>
 * Who may is decided again for every request from the current case (the parts that may
 * add documents), and only the user who created an upload may go on with it or end it;
 * anybody else gets the answer of an unknown dossier.
 */
@Service
public class ResumableUploads {

	private static final Logger log = LoggerFactory.getLogger(ResumableUploads.class);

	private static final AuditAction ACTION = AuditAction.DOCUMENT_CREATE;

	private static final int BUFFER = 64 * 1024;

	private final DocumentService documents;

	private final DossierGuard guard;

	private final Uploads uploads;

	private final ContentStore store;

	private final UploadProperties properties;

	private final Clock clock;

	ResumableUploads(DocumentService documents, DossierGuard guard, Uploads uploads, ContentStore store,
			UploadProperties properties, Clock clock) {
		this.documents = documents;
		this.guard = guard;
		this.uploads = uploads;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/** The largest file an upload may announce. */
	public long maxSize() {
		return this.documents.maxFileSize();
	}

	/**
	 * Checks the caller, the length and the metadata as a multipart upload would before
	 * its file, and records the upload. An empty file is complete at once.
	 */
	public ResumableUpload create(Caller caller, String requestId, long length, UploadMetadata declared,
			@Nullable String fileName) {
		DossierGuard.Decision decision = this.documents.authorizeUpload(caller, requestId, ACTION);
		if (length > maxSize()) {
			throw this.documents.fileTooLarge();
		}
		DocumentService.ValidMetadata metadata = this.documents.validate(declared);
		this.documents.checkTarget(decision, metadata);
		ResumableUpload upload = ResumableUpload.start(UUID.randomUUID().toString(), requestId, caller.user().id(),
				declared, fileName, length, this.clock.instant());
		if (length == 0) {
			StoredDocument document = this.documents.upload(decision, metadata, fileName, InputStream.nullInputStream(),
					ACTION);
			return this.uploads.insert(upload.completedAs(document.id()));
		}
		return this.uploads.insert(upload);
	}

	/** The upload as stored, for its offset. */
	public ResumableUpload status(Caller caller, String requestId, String uploadId) {
		return own(this.documents.authorizeUpload(caller, requestId, ACTION), uploadId);
	}

	/** Termination: the upload and its pieces go; a document it became stays. */
	public void terminate(Caller caller, String requestId, String uploadId) {
		ResumableUpload upload = own(this.documents.authorizeUpload(caller, requestId, ACTION), uploadId);
		this.uploads.remove(upload.id(), null, this.clock.instant());
	}

	/**
	 * Appends what the request brings, from {@code clientOffset} on, as one encrypted
	 * piece. A request that breaks off keeps what arrived. With the last byte the upload
	 * becomes a document, or, refused, goes with all its pieces.
	 * @param declaredLength the request's Content-Length, or -1 without
	 * @return the upload after this request
	 */
	public ResumableUpload append(Caller caller, String requestId, String uploadId, long clientOffset,
			long declaredLength, InputStream body) {
		DossierGuard.Decision decision = this.documents.authorizeUpload(caller, requestId, ACTION);
		ResumableUpload upload = own(decision, uploadId);
		switch (upload.check(clientOffset, declaredLength, this.properties.maxPieces())) {
			case ALREADY_COMPLETE -> {
				return upload;
			}
			case OFFSET_MISMATCH -> throw UploadProblems.offsetMismatch(upload.offset());
			case BEYOND_LENGTH -> throw UploadProblems.beyondLength();
			case TOO_FRAGMENTED -> throw UploadProblems.tooFragmented(this.properties.maxPieces());
			case ACCEPTED -> {
				// go on
			}
		}
		StreamingAead cipher = this.documents.contentCipher(decision);
		Instant now = this.clock.instant();
		Writer writer = new Writer(UUID.randomUUID().toString(), ContentStore.newContentId(),
				Lease.until(now, this.properties.lease()));
		ResumableUpload before = this.uploads.claim(uploadId, clientOffset, writer, now);
		if (before == null) {
			throw notTaken(decision, uploadId, clientOffset);
		}
		if (before.writer() != null) {
			// A request that lost its hold (its replica stopped): its piece was never
			// recorded.
			this.store.discard(before.writer().contentId());
		}
		Lease lease = new Lease(this.uploads, uploadId, writer.token(), this.clock, this.properties.lease());
		Piece piece = receive(decision, cipher, before, writer, lease, body);
		if (piece == null) {
			this.uploads.release(uploadId, writer.token(), this.clock.instant());
			return this.uploads.find(uploadId).orElse(before);
		}
		if (piece.end() < before.length()) {
			if (!this.uploads.append(uploadId, writer.token(), piece, this.clock.instant())) {
				this.store.discard(piece.contentId());
				throw lost(decision, uploadId);
			}
			return this.uploads.find(uploadId).orElseThrow(() -> lost(decision, uploadId));
		}
		return complete(decision, before, piece, cipher, lease);
	}

	/**
	 * The caller's own upload in this dossier; anything else is refused (and logged) like
	 * an unknown dossier.
	 */
	private ResumableUpload own(DossierGuard.Decision decision, String uploadId) {
		return this.uploads.find(uploadId)
			.filter((u) -> u.requestId().equals(decision.context().requestId())
					&& u.createdBy().equals(decision.caller().user().id()) && u.status() != Status.REMOVING)
			.orElseThrow(() -> this.guard.refuse(decision, ACTION, null));
	}

	/**
	 * Why a request could not take the upload: it moved on, or another request has it.
	 */
	private ProblemException notTaken(DossierGuard.Decision decision, String uploadId, long clientOffset) {
		ResumableUpload current = own(decision, uploadId);
		if (current.completed() || current.offset() != clientOffset) {
			return UploadProblems.offsetMismatch(current.offset());
		}
		return UploadProblems.busy();
	}

	/** The request lost its hold: terminated (404), or taken over (409). */
	private ProblemException lost(DossierGuard.Decision decision, String uploadId) {
		return UploadProblems.offsetMismatch(own(decision, uploadId).offset());
	}

	/** Dossier destroyed: its unfinished uploads go too. */
	@EventListener
	void dossierDestroyed(DossierDestroyed destroyed) {
		for (ResumableUpload upload : this.uploads.ofDossier(destroyed.requestId())) {
			this.uploads.remove(upload.id(), null, this.clock.instant());
		}
	}

	/**
	 * Streams the request's bytes into a new piece until the body ends, breaks off, or
	 * the upload's length is reached.
	 * @return the stored piece, or null when nothing arrived
	 */
	private @Nullable Piece receive(DossierGuard.Decision decision, StreamingAead cipher, ResumableUpload upload,
			Writer writer, Lease lease, InputStream body) {
		long remaining = upload.length() - upload.offset();
		long received = 0;
		boolean beyondLength;
		ContentStore.Upload piece = null;
		try {
			piece = this.store.beginPiece(cipher, upload.requestId(), upload.id(), upload.offset(), writer.contentId());
			byte[] buffer = new byte[BUFFER];
			int n;
			while (received < remaining
					&& (n = readOrBreak(body, buffer, (int) Math.min(BUFFER, remaining - received))) >= 0) {
				piece.write(buffer, 0, n);
				received += n;
				lease.renewIfDue();
			}
			beyondLength = received == remaining && readOrBreak(body, buffer, 1) > 0;
			if (beyondLength || received == 0) {
				piece.abort();
			}
			else {
				piece.close();
			}
		}
		catch (Lease.LostException ex) {
			piece.abort();
			throw lost(decision, upload.id());
		}
		catch (IOException | RuntimeException ex) {
			// Only the content store fails here: a broken connection ends the body.
			if (piece != null) {
				piece.abort();
			}
			this.uploads.release(upload.id(), writer.token(), this.clock.instant());
			log.warn("A piece of an upload could not be stored: {}", ex.getClass().getSimpleName());
			throw UploadProblems.storageUnavailable();
		}
		if (beyondLength) {
			this.uploads.release(upload.id(), writer.token(), this.clock.instant());
			throw UploadProblems.beyondLength();
		}
		return (received > 0) ? new Piece(writer.contentId(), upload.offset(), received) : null;
	}

	/**
	 * Reads from the request; a connection that breaks off ends the body like its end:
	 * what arrived before it is kept, and the offset tells the client where to go on.
	 */
	private static int readOrBreak(InputStream body, byte[] buffer, int length) {
		try {
			return body.read(buffer, 0, length);
		}
		catch (IOException broken) {
			return -1;
		}
	}

	/**
	 * The last byte is there: the whole file goes through the multipart upload's path.
	 * The last piece is recorded only with the document, so after a failure of ours (not
	 * a refusal) the client sends the last part again and completion is tried anew.
	 */
	private ResumableUpload complete(DossierGuard.Decision decision, ResumableUpload upload, Piece last,
			StreamingAead cipher, Lease lease) {
		List<Piece> pieces = new ArrayList<>(upload.pieces());
		pieces.add(last);
		PieceStream content = new PieceStream(this.store, cipher, upload.requestId(), upload.id(), pieces, lease);
		StoredDocument document;
		try {
			document = this.documents.upload(decision, this.documents.validate(upload.metadata()), upload.fileName(),
					content, ACTION);
		}
		catch (ProblemException | AdditionalItemRefusedException ex) {
			if (!content.failed() && isRefusal(ex)) {
				// Refused like a multipart upload: nothing of it stays.
				this.uploads.remove(upload.id(), null, this.clock.instant());
				this.store.discard(last.contentId());
				throw ex;
			}
			giveBack(upload, last, lease);
			if (ex instanceof ProblemException problem && problem.problem().getStatus() >= 500) {
				throw ex;
			}
			log.warn("A complete upload could not be read back or stored; its last part is asked again");
			throw UploadProblems.notCompleted();
		}
		catch (RuntimeException ex) {
			giveBack(upload, last, lease);
			throw ex;
		}
		finally {
			closeQuietly(content);
		}
		if (!this.uploads.complete(upload.id(), lease.token(), last, document.id(), this.clock.instant())) {
			log.warn("An upload was terminated while it became a document; the document stays");
		}
		pieces.forEach((p) -> this.store.discard(p.contentId()));
		this.uploads.forgetPieces(upload.id());
		return upload.completedAs(document.id());
	}

	/**
	 * A refusal of the file or its metadata, as a multipart upload gets it; not our
	 * failure. The multipart path calls a failure while streaming "interrupted": here the
	 * stream is ours, so that is a storage failure too.
	 */
	private static boolean isRefusal(RuntimeException ex) {
		if (!(ex instanceof ProblemException problem)) {
			return true;
		}
		return problem.problem().getStatus() < 500
				&& !ProblemTypes.type("upload-interrupted").equals(problem.problem().getType());
	}

	/** Our failure: the last piece goes, the upload stays where it was before. */
	private void giveBack(ResumableUpload upload, Piece last, Lease lease) {
		this.store.discard(last.contentId());
		this.uploads.release(upload.id(), lease.token(), this.clock.instant());
	}

	private static void closeQuietly(InputStream content) {
		try {
			content.close();
		}
		catch (IOException ex) {
			log.debug("Closing the stored pieces failed: {}", ex.getMessage());
		}
	}

}
