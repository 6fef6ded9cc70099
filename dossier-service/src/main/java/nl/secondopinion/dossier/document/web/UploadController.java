package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.document.UploadMetadata;
import nl.secondopinion.dossier.upload.ResumableUpload;
import nl.secondopinion.dossier.upload.ResumableUploads;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Resumable uploads over the tus 1.0 core protocol with its creation and termination
 * extensions (https://tus.io/protocols/resumable-upload): create with the length and the
 * document's metadata, ask for the offset after a break, append from there, or end it.
 * The last byte makes the file a document, answered in {@code Document-Location}.
 */
@RestController
@RequestMapping("/api/dossiers/{requestId}/uploads")
class UploadController {

	static final String TUS_VERSION = "1.0.0";

	static final String TUS_RESUMABLE = "Tus-Resumable";

	static final String UPLOAD_OFFSET = "Upload-Offset";

	static final String UPLOAD_LENGTH = "Upload-Length";

	static final String DOCUMENT_LOCATION = "Document-Location";

	static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

	private final ResumableUploads uploads;

	UploadController(ResumableUploads uploads) {
		this.uploads = uploads;
	}

	/** What the server supports; the same for every dossier, so no token is needed. */
	@RequestMapping(path = { "", "/{uploadId}" }, method = RequestMethod.OPTIONS)
	ResponseEntity<Void> options() {
		return ResponseEntity.noContent()
			.header("Tus-Version", TUS_VERSION)
			.header("Tus-Extension", "creation,termination")
			.header("Tus-Max-Size", Long.toString(this.uploads.maxSize()))
			.build();
	}

	/**
	 * Creation: {@code Upload-Length} and {@code Upload-Metadata} with the fields of a
	 * multipart upload ({@code type}, {@code language}, {@code documentDate},
	 * {@code replaces}, {@code checklistItem}) and the {@code filename}.
	 */
	@PostMapping
	ResponseEntity<Void> create(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request, @RequestHeader(name = UPLOAD_LENGTH, required = false) @Nullable String length,
			@RequestHeader(name = "Upload-Metadata", required = false) @Nullable String metadata) {
		requireTus(request);
		long uploadLength = number(length, UPLOAD_LENGTH, "invalid-upload-length",
				"Give the file's size in bytes in Upload-Length (deferred lengths are not supported).");
		Map<String, String> fields;
		try {
			fields = TusMetadata.parse(metadata);
		}
		catch (TusMetadata.InvalidException ex) {
			throw badRequest("invalid-upload-metadata", "Invalid Upload-Metadata", ex.getMessage());
		}
		UploadMetadata declared = new UploadMetadata(fields.get("type"), fields.get("language"),
				fields.get("documentDate"), fields.get("replaces"), fields.get("checklistItem"));
		ResumableUpload upload = this.uploads.create(Callers.of(jwt, request), requestId, uploadLength, declared,
				fields.get("filename"));
		ResponseEntity.BodyBuilder answer = ResponseEntity
			.created(URI.create("/api/dossiers/" + requestId + "/uploads/" + upload.id()));
		return withDocument(answer, requestId, upload).build();
	}

	@RequestMapping(path = "/{uploadId}", method = RequestMethod.HEAD)
	ResponseEntity<Void> head(@PathVariable String requestId, @PathVariable String uploadId,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		requireTus(request);
		ResumableUpload upload = this.uploads.status(Callers.of(jwt, request), requestId, uploadId);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.header(UPLOAD_OFFSET, Long.toString(upload.offset()))
			.header(UPLOAD_LENGTH, Long.toString(upload.length()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store");
		return withDocument(answer, requestId, upload).build();
	}

	/**
	 * Appends from {@code Upload-Offset}, which must be the stored offset. The body
	 * streams into storage; a body that breaks off keeps what arrived.
	 */
	@PatchMapping(path = "/{uploadId}", consumes = OFFSET_OCTET_STREAM)
	ResponseEntity<Void> append(@PathVariable String requestId, @PathVariable String uploadId,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request,
			@RequestHeader(name = UPLOAD_OFFSET, required = false) @Nullable String offset) throws IOException {
		requireTus(request);
		long clientOffset = number(offset, UPLOAD_OFFSET, "invalid-upload-offset",
				"Give the offset to continue from in Upload-Offset: ask for it with HEAD.");
		ResumableUpload upload = this.uploads.append(Callers.of(jwt, request), requestId, uploadId, clientOffset,
				request.getContentLengthLong(), request.getInputStream());
		ResponseEntity.HeadersBuilder<?> answer = ResponseEntity.noContent()
			.header(UPLOAD_OFFSET, Long.toString(upload.offset()));
		if (upload.documentId() != null) {
			answer.header(DOCUMENT_LOCATION, documentLocation(requestId, upload.documentId()));
		}
		return answer.build();
	}

	/** Termination: the upload and its stored pieces go. */
	@DeleteMapping("/{uploadId}")
	ResponseEntity<Void> terminate(@PathVariable String requestId, @PathVariable String uploadId,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		requireTus(request);
		this.uploads.terminate(Callers.of(jwt, request), requestId, uploadId);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity.BodyBuilder withDocument(ResponseEntity.BodyBuilder answer, String requestId,
			ResumableUpload upload) {
		if (upload.documentId() != null) {
			answer.header(DOCUMENT_LOCATION, documentLocation(requestId, upload.documentId()));
		}
		return answer;
	}

	private static String documentLocation(String requestId, String documentId) {
		return "/api/dossiers/" + requestId + "/documents/" + documentId;
	}

	private static void requireTus(HttpServletRequest request) {
		if (!TUS_VERSION.equals(request.getHeader(TUS_RESUMABLE))) {
			throw new ProblemException(
					ProblemTypes.problem(HttpStatus.PRECONDITION_FAILED, "tus-version-unsupported",
							"tus version not supported", "Send Tus-Resumable: " + TUS_VERSION + " with every request."),
					Map.of("Tus-Version", TUS_VERSION));
		}
	}

	private static long number(@Nullable String value, String header, String slug, String detail) {
		if (value != null && !value.isEmpty() && value.length() <= 19 && value.chars().allMatch(Character::isDigit)) {
			try {
				return Long.parseLong(value);
			}
			catch (NumberFormatException ex) {
				// above Long.MAX_VALUE
			}
		}
		throw badRequest(slug, "Invalid " + header, detail);
	}

	private static ProblemException badRequest(String slug, String title, String detail) {
		return new ProblemException(ProblemTypes.problem(HttpStatus.BAD_REQUEST, slug, title, detail));
	}

}
