package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.access.Caller;
import nl.secondopinion.dossier.audit.AuditAction;
import nl.secondopinion.dossier.document.DocumentService;
import nl.secondopinion.dossier.document.DossierGuard;
import nl.secondopinion.dossier.document.StoredDocument;
import nl.secondopinion.dossier.document.UploadMetadata;

@RestController
@RequestMapping("/api/dossiers/{requestId}/documents")
class DocumentController {

	private static final Logger log = LoggerFactory.getLogger(DocumentController.class);

	/** Room for the form fields and part headers around the file. */
	private static final long MULTIPART_OVERHEAD = 64 * 1024;

	private static final int MAX_FIELD = 1024;

	private static final int BUFFER = 64 * 1024;

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	/**
	 * Form fields {@code type}, {@code language}, {@code documentDate}, {@code replaces},
	 * {@code checklistItem} first, then one part {@code file}: the file streams into
	 * storage as it arrives.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DocumentResponse> upload(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) throws IOException {
		Caller caller = Callers.of(jwt, request);
		DossierGuard.Decision decision = this.documents.authorizeUpload(caller, requestId, AuditAction.DOCUMENT_CREATE);
		long declared = request.getContentLengthLong();
		if (declared > this.documents.maxFileSize() + MULTIPART_OVERHEAD) {
			throw this.documents.fileTooLarge();
		}
		Map<String, String> fields = new HashMap<>();
		StoredDocument[] stored = new StoredDocument[1];
		MultipartStream.read(request.getContentType(), request.getInputStream(), (headers, body) -> {
			String disposition = headers.get("content-disposition");
			String name = MultipartStream.parameter(disposition, "name");
			String fileName = MultipartStream.parameter(disposition, "filename");
			if (fileName == null && !"file".equals(name)) {
				if (name != null) {
					fields.put(name, field(body));
				}
				return;
			}
			if (stored[0] != null) {
				throw MultipartStream.badRequest("Upload one file per request.");
			}
			DocumentService.ValidMetadata metadata = this.documents
				.validate(new UploadMetadata(fields.get("type"), fields.get("language"), fields.get("documentDate"),
						fields.get("replaces"), fields.get("checklistItem")));
			stored[0] = this.documents.upload(decision, metadata, fileName, body, AuditAction.DOCUMENT_CREATE);
		});
		if (stored[0] == null) {
			throw MultipartStream.badRequest("The part 'file' is missing.");
		}
		return ResponseEntity.created(URI.create("/api/dossiers/" + requestId + "/documents/" + stored[0].id()))
			.body(DocumentResponse.of(stored[0], this.documents.recent(stored[0])));
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<DocumentResponse> list(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) {
		return this.documents.list(Callers.of(jwt, request), requestId)
			.stream()
			.map((d) -> DocumentResponse.of(d, this.documents.recent(d)))
			.toList();
	}

	@GetMapping(path = "/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
	DocumentResponse get(@PathVariable String requestId, @PathVariable String documentId,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		StoredDocument document = this.documents.get(Callers.of(jwt, request), requestId, documentId);
		return DocumentResponse.of(document, this.documents.recent(document));
	}

	/**
	 * Streams the decrypted content. The last buffer is held back until the SHA-256 of
	 * everything read matches the stored one: on a mismatch the connection ends short of
	 * the announced length, so no client takes a damaged file for a whole one.
	 */
	@GetMapping("/{documentId}/content")
	void content(@PathVariable String requestId, @PathVariable String documentId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		DocumentService.Download download = this.documents.download(Callers.of(jwt, request), requestId, documentId);
		StoredDocument document = download.document();
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(document.mediaType());
		response.setContentLengthLong(document.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(document.fileName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		response.setHeader("Repr-Digest",
				"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256())) + ":");
		MessageDigest sha256 = sha256();
		try (InputStream in = download.content()) {
			OutputStream out = response.getOutputStream();
			byte[] held = new byte[BUFFER];
			byte[] next = new byte[BUFFER];
			int heldLength = in.readNBytes(held, 0, BUFFER);
			sha256.update(held, 0, heldLength);
			int nextLength;
			while ((nextLength = in.readNBytes(next, 0, BUFFER)) > 0) {
				sha256.update(next, 0, nextLength);
				out.write(held, 0, heldLength);
				byte[] swap = held;
				held = next;
				next = swap;
				heldLength = nextLength;
			}
			if (!HexFormat.of().formatHex(sha256.digest()).equals(document.sha256())) {
				log.error("Stored content of a document does not match its SHA-256; download aborted");
				throw new IOException("content does not match its checksum");
			}
			out.write(held, 0, heldLength);
			out.flush();
		}
	}

	@DeleteMapping("/{documentId}")
	ResponseEntity<Void> delete(@PathVariable String requestId, @PathVariable String documentId,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		this.documents.delete(Callers.of(jwt, request), requestId, documentId);
		return ResponseEntity.noContent().build();
	}

	private static String field(InputStream body) throws IOException {
		byte[] value = body.readNBytes(MAX_FIELD + 1);
		if (value.length > MAX_FIELD) {
			throw MultipartStream.badRequest("A form field is longer than " + MAX_FIELD + " bytes.");
		}
		return new String(value, StandardCharsets.UTF_8);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
