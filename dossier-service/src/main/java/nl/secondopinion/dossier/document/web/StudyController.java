package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.audit.AuditAction;
import nl.secondopinion.dossier.document.DicomStudy;
import nl.secondopinion.dossier.document.DocumentService;
import nl.secondopinion.dossier.document.DossierGuard;
import nl.secondopinion.dossier.document.StoredDocument;
import nl.secondopinion.dossier.document.UploadMetadata;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * DICOMweb STOW-RS (PS3.18 section 10.5): a PACS or viewer posts DICOM instances as
 * {@code multipart/related; type="application/dicom"}. Each instance becomes an imaging
 * document; the answer lists stored and failed instances in DICOM JSON.
 */
@RestController
class StudyController {

	static final String DICOM_JSON = "application/dicom+json";

	/** Failure reason "cannot understand" (PS3.4 C.4.2.1.4). */
	private static final int CANNOT_UNDERSTAND = 0xC000;

	/** Failure reason "refused: out of resources" (too large). */
	private static final int OUT_OF_RESOURCES = 0xA700;

	private final DocumentService documents;

	StudyController(DocumentService documents) {
		this.documents = documents;
	}

	@PostMapping(path = "/api/dossiers/{requestId}/studies", consumes = "multipart/related",
			produces = { DICOM_JSON, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> store(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt,
			HttpServletRequest request) throws IOException {
		MediaType contentType = MediaType.parseMediaType(request.getContentType());
		String type = contentType.getParameter("type");
		if (type != null && !type.replace("\"", "").equalsIgnoreCase("application/dicom")) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					ProblemTypes.slugFor(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
					HttpStatus.UNSUPPORTED_MEDIA_TYPE.getReasonPhrase(), "Only application/dicom parts are accepted."));
		}
		DossierGuard.Decision decision = this.documents.authorizeUpload(Callers.of(jwt, request), requestId,
				AuditAction.STUDY_STORE);
		DocumentService.ValidMetadata metadata = this.documents
			.validate(new UploadMetadata("IMAGING_STUDY", null, null, null, null));
		List<Map<String, Object>> stored = new ArrayList<>();
		List<Map<String, Object>> failed = new ArrayList<>();
		MultipartStream.read(request.getContentType(), request.getInputStream(), (headers, body) -> {
			try {
				StoredDocument document = this.documents.upload(decision, metadata, "instance.dcm", body,
						AuditAction.STUDY_STORE);
				stored.add(reference(document, requestId));
			}
			catch (ProblemException ex) {
				if (ex.problem().getStatus() >= 500) {
					throw ex;
				}
				int reason = (ex.problem().getStatus() == HttpStatus.CONTENT_TOO_LARGE.value()) ? OUT_OF_RESOURCES
						: CANNOT_UNDERSTAND;
				failed.add(Map.of("00081197", Map.of("vr", "US", "Value", List.of(reason))));
				body.transferTo(OutputStream.nullOutputStream());
			}
		});
		if (stored.isEmpty() && failed.isEmpty()) {
			throw MultipartStream.badRequest("The request holds no DICOM instances.");
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		if (!stored.isEmpty()) {
			answer.put("00081199", Map.of("vr", "SQ", "Value", stored));
		}
		if (!failed.isEmpty()) {
			answer.put("00081198", Map.of("vr", "SQ", "Value", failed));
		}
		HttpStatus status = failed.isEmpty() ? HttpStatus.OK
				: (stored.isEmpty() ? HttpStatus.CONFLICT : HttpStatus.ACCEPTED);
		return ResponseEntity.status(status).contentType(MediaType.parseMediaType(DICOM_JSON)).body(answer);
	}

	private static Map<String, Object> reference(StoredDocument document, String requestId) {
		Map<String, Object> item = new LinkedHashMap<>();
		List<String> uids = document.studies().stream().map(DicomStudy::studyInstanceUid).toList();
		item.put("0020000D", Map.of("vr", "UI", "Value", uids));
		item.put("00081190",
				Map.of("vr", "UR", "Value", List.of("/api/dossiers/" + requestId + "/documents/" + document.id())));
		return item;
	}

}
