package nl.secondopinion.dossier.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.google.crypto.tink.StreamingAead;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import nl.secondopinion.dossier.access.Access;
import nl.secondopinion.dossier.access.Caller;
import nl.secondopinion.dossier.audit.AuditAction;
import nl.secondopinion.dossier.audit.AuditOutcome;
import nl.secondopinion.dossier.storage.ContentStore;
import nl.secondopinion.dossier.storage.DataKeys;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;
import nl.secondopinion.support.time.PlatformDay;

/**
 * Documents of a dossier: streamed in through the content checks into encrypted storage,
 * listed and streamed out to those who may see them, deleted by their uploader while the
 * case is not yet with a consultant.
 */
@Service
public class DocumentService {

	private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

	private final DossierGuard guard;

	private final DossierUpdates updates;

	private final DataKeys keys;

	private final ContentStore store;

	private final DocumentProperties properties;

	private final Checklists checklists;

	private final Clock clock;

	DocumentService(DossierGuard guard, DossierUpdates updates, DataKeys keys, ContentStore store,
			DocumentProperties properties, Checklists checklists, Clock clock) {
		this.guard = guard;
		this.updates = updates;
		this.keys = keys;
		this.store = store;
		this.properties = properties;
		this.checklists = checklists;
		this.clock = clock;
	}

	public long maxFileSize() {
		return this.properties.maxFileSize().toBytes();
	}

	/** 413, for a file found or declared larger than {@link #maxFileSize()}. */
	public ProblemException fileTooLarge() {
		return new ProblemException(ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
				"File too large", "A file may be at most " + this.properties.maxFileSize().toMegabytes()
						+ " MB. Split the study into several uploads."));
	}

	/** Checked before the body is read: who may add to this dossier. */
	public DossierGuard.Decision authorizeUpload(Caller caller, String requestId, AuditAction action) {
		return this.guard.authorize(caller, requestId, action, Access::adds, null);
	}

	/** Validates what the uploader declared, before any content is read. */
	public ValidMetadata validate(UploadMetadata metadata) {
		DocumentType type = parseType(metadata.type());
		String language = metadata.language();
		if (language != null && !language.isBlank()) {
			language = language.strip().toLowerCase(Locale.ROOT);
			if (!language.equals("nl") && !language.equals("en")) {
				throw unprocessable("language-not-accepted", "Language not accepted",
						"Letters and reports must be in Dutch (nl) or English (en): the hospitals that give second "
								+ "opinions require this. Ask the author for a Dutch or English version, or have it "
								+ "translated.");
			}
		}
		else {
			language = null;
		}
		LocalDate date = null;
		if (metadata.documentDate() != null && !metadata.documentDate().isBlank()) {
			try {
				date = LocalDate.parse(metadata.documentDate().strip());
			}
			catch (DateTimeParseException ex) {
				throw unprocessable("invalid-document-date", "Invalid document date",
						"The document date must be a date like 2026-10-01.");
			}
			if (date.isAfter(today())) {
				throw unprocessable("invalid-document-date", "Invalid document date",
						"The document date lies in the future.");
			}
		}
		if (type.needsLanguageAndDate() && (language == null || date == null)) {
			throw unprocessable("language-and-date-required", "Language and date required",
					"Letters and pathology reports need their language (nl or en) and the date on the document.");
		}
		String replaces = (metadata.replaces() != null && !metadata.replaces().isBlank()) ? metadata.replaces().strip()
				: null;
		return new ValidMetadata(type, language, date, replaces, AdditionalItem.codeOf(metadata.checklistItem()));
	}

	/**
	 * Streams one file into the dossier: size limit, SHA-256, content checks and
	 * encryption in one pass; metadata and any checklist event are saved in one write
	 * afterwards.
	 */
	public StoredDocument upload(DossierGuard.Decision decision, ValidMetadata metadata, @Nullable String fileName,
			InputStream body, AuditAction action) {
		String requestId = decision.context().requestId();
		String checklistItem = checkTarget(decision, metadata);
		StreamingAead cipher = contentCipher(decision);
		String documentId = Dossier.newDocumentId();
		ContentStore.Upload upload = this.store.begin(cipher, requestId, documentId);
		MessageDigest sha256 = sha256();
		LimitedInputStream limited = new LimitedInputStream(body, maxFileSize());
		Inspection inspection;
		try {
			inspection = new ContentInspector(this.properties.zipLimits())
				.inspect(new TeeInputStream(new DigestInputStream(limited, sha256), upload));
			upload.close();
		}
		catch (FileTooLargeException ex) {
			upload.abort();
			throw fileTooLarge();
		}
		catch (ContentRefusedException ex) {
			upload.abort();
			throw unprocessable(ex.slug(), "Content refused", ex.detail());
		}
		catch (IOException | RuntimeException ex) {
			upload.abort();
			log.warn("Upload to dossier stopped: {}", ex.getClass().getSimpleName());
			throw new ProblemException(ProblemTypes.problem(HttpStatus.BAD_REQUEST, "upload-interrupted",
					"Upload interrupted", "The file did not arrive completely. Please upload it again."));
		}
		try {
			checkKind(metadata.type(), inspection.kind());
		}
		catch (ProblemException ex) {
			this.store.delete(upload.contentId());
			throw ex;
		}
		StoredDocument document = new StoredDocument(documentId, metadata.type(), metadata.language(),
				metadata.documentDate(), inspection.kind(), inspection.kind().mediaType(), displayName(fileName),
				limited.count(), HexFormat.of().formatHex(sha256.digest()), upload.contentId(),
				decision.caller().user().id(), decision.caller().user().username(), decision.caller().role(),
				this.clock.instant(), metadata.replaces(), null, inspection.studies(), checklistItem);
		try {
			this.guard.audit(decision, action, AuditOutcome.SUCCESS, documentId);
			save(requestId, (d) -> d.add(document, this.clock.instant()), decision);
		}
		catch (RuntimeException ex) {
			this.store.delete(upload.contentId());
			throw ex;
		}
		return document;
	}

	/**
	 * What {@link #upload} refuses about the document a file would replace or the
	 * additional item it would answer, checked before any content is read (a resumable
	 * upload checks at its creation, and {@link #upload} again once the file is there).
	 * @return the additional item's code the upload answers
	 */
	public @Nullable String checkTarget(DossierGuard.Decision decision, ValidMetadata metadata) {
		String checklistItem = AdditionalItem.answerable(decision.dossier(), metadata.checklistItem(), metadata.type());
		if (metadata.replaces() == null) {
			return checklistItem;
		}
		StoredDocument replaced = decision.dossier()
			.flatMap((d) -> d.document(metadata.replaces()))
			.filter(decision::sees)
			.filter(StoredDocument::active)
			.orElseThrow(() -> unprocessable("unknown-replaced-document", "Unknown document to replace",
					"The document to be replaced does not exist, is not yours to see, or was replaced already."));
		if (replaced.type() != metadata.type()) {
			throw unprocessable("replacement-type-differs", "Replacement of another type",
					"A new version must have the same type as the document it replaces.");
		}
		// A new version answers what the old one answered, unless it says otherwise.
		return (checklistItem != null) ? checklistItem : replaced.checklistItem();
	}

	/**
	 * The streaming cipher of the dossier's content, opening the dossier (and creating
	 * its data key) on its first upload.
	 */
	public StreamingAead contentCipher(DossierGuard.Decision decision) {
		String requestId = decision.context().requestId();
		Dossier dossier = decision.dossier().orElseGet(() -> this.updates.open(requestId));
		return this.keys.unwrap(dossier.wrappedKey(), requestId);
	}

	public List<StoredDocument> list(Caller caller, String requestId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.DOCUMENT_LIST,
				Access::readsOwn, null);
		this.guard.audit(decision, AuditAction.DOCUMENT_LIST, AuditOutcome.SUCCESS, null);
		return decision.dossier().map(Dossier::documents).orElse(List.of()).stream().filter(decision::sees).toList();
	}

	public StoredDocument get(Caller caller, String requestId, String documentId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.DOCUMENT_READ,
				Access::readsOwn, documentId);
		StoredDocument document = visible(decision, documentId, AuditAction.DOCUMENT_READ);
		this.guard.audit(decision, AuditAction.DOCUMENT_READ, AuditOutcome.SUCCESS, documentId);
		return document;
	}

	/**
	 * Logs the download first (no entry, no download), then hands out the decrypted
	 * content; the caller compares its SHA-256 with the stored one at the end.
	 */
	public Download download(Caller caller, String requestId, String documentId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.DOCUMENT_DOWNLOAD,
				Access::readsOwn, documentId);
		StoredDocument document = visible(decision, documentId, AuditAction.DOCUMENT_DOWNLOAD);
		this.guard.audit(decision, AuditAction.DOCUMENT_DOWNLOAD, AuditOutcome.SUCCESS, documentId);
		StreamingAead cipher = this.keys.unwrap(decision.dossier().orElseThrow().wrappedKey(), requestId);
		return new Download(document, this.store.open(cipher, requestId, documentId, document.contentId()));
	}

	public void delete(Caller caller, String requestId, String documentId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.DOCUMENT_DELETE,
				Access::readsOwn, documentId);
		StoredDocument document = visible(decision, documentId, AuditAction.DOCUMENT_DELETE);
		if (!document.uploadedBy().equals(caller.user().id())) {
			this.guard.audit(decision, AuditAction.DOCUMENT_DELETE, AuditOutcome.DENIED, documentId);
			throw new ProblemException(ProblemTypes.problem(HttpStatus.FORBIDDEN, "not-uploader",
					"Only the uploader may delete", "Only the person who added a document may delete it."));
		}
		if (decision.context().withConsultant()) {
			this.guard.audit(decision, AuditAction.DOCUMENT_DELETE, AuditOutcome.DENIED, documentId);
			throw new ProblemException(ProblemTypes.problem(HttpStatus.CONFLICT, "dossier-with-consultant",
					"Dossier is with the consultant",
					"The consultant may already have read this document, so it stays. Upload a corrected "
							+ "version instead (form field 'replaces' with this document's id)."));
		}
		this.guard.audit(decision, AuditAction.DOCUMENT_DELETE, AuditOutcome.SUCCESS, documentId);
		save(requestId, (d) -> d.remove(documentId, this.clock.instant()), decision);
		this.store.delete(document.contentId());
	}

	/** Whether a history letter of this date counts as recent today. */
	public boolean recent(StoredDocument document) {
		return this.checklists.recent(document);
	}

	/**
	 * The document if the caller may see it; otherwise a refusal, answered like an
	 * unknown id.
	 */
	private StoredDocument visible(DossierGuard.Decision decision, String documentId, AuditAction action) {
		return decision.dossier()
			.flatMap((d) -> d.document(documentId))
			.filter(decision::sees)
			.orElseThrow(() -> this.guard.refuse(decision, action, documentId));
	}

	private void save(String requestId, Consumer<Dossier> change, DossierGuard.Decision decision) {
		this.updates.change(requestId, change.andThen((d) -> d
			.checklistChanged(this.checklists.of(decision.context(), d), decision.context(), this.clock.instant())));
	}

	private static void checkKind(DocumentType type, ContentKind kind) {
		if (type.accepts(kind)) {
			return;
		}
		if (type == DocumentType.IMAGING_STUDY) {
			throw unprocessable("imaging-not-dicom", "Imaging must be DICOM", (kind.isPhoto()
					? "This is a photo or screenshot, not a scan. " : "This file is not DICOM. ")
					+ "Ask the hospital for the imaging as DICOM files (a CD/DVD or download export of the study) "
					+ "and upload those files, or a ZIP of the DICOM folder.");
		}
		if (kind == ContentKind.DICOM || kind == ContentKind.DICOM_ZIP) {
			throw unprocessable("unsupported-content", "Unsupported content",
					"DICOM files are imaging: upload them with type IMAGING_STUDY.");
		}
		throw unprocessable("unsupported-content", "Unsupported content",
				"Letters and reports are accepted as PDF, plain text or a scanned page (JPEG, PNG, TIFF).");
	}

	private static DocumentType parseType(@Nullable String type) {
		if (type != null) {
			for (DocumentType candidate : DocumentType.values()) {
				if (candidate.name().equalsIgnoreCase(type.strip())) {
					return candidate;
				}
			}
		}
		throw unprocessable("invalid-document-type", "Invalid document type",
				"Give the document's type (form field 'type', before the file), one of "
						+ Arrays.toString(DocumentType.values()) + ".");
	}

	/** For display only: no path, no control characters, bounded length. */
	static String displayName(@Nullable String fileName) {
		if (fileName == null) {
			return "document";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "document";
		}
		return (name.length() > 120) ? name.substring(name.length() - 120) : name;
	}

	private LocalDate today() {
		return PlatformDay.today(this.clock);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ProblemException unprocessable(String slug, String title, String detail) {
		return new ProblemException(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail));
	}

	/**
	 * Declared metadata after validation.
	 *
	 * @param checklistItem the additional item's code the upload answers
	 */
	public record ValidMetadata(DocumentType type, @Nullable String language, @Nullable LocalDate documentDate,
			@Nullable String replaces, @Nullable String checklistItem) {

	}

	/** A document and its decrypted content, to be streamed and closed by the caller. */
	public record Download(StoredDocument document, InputStream content) {

	}

}
