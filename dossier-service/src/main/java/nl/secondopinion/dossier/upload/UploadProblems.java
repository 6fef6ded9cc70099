package nl.secondopinion.dossier.upload;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/** The problem answers of resumable uploads that no multipart upload has. */
final class UploadProblems {

	static final String UPLOAD_OFFSET = "Upload-Offset";

	private UploadProblems() {
	}

	static ProblemException offsetMismatch(long stored) {
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.CONFLICT, "upload-offset-mismatch", "Upload offset differs",
						"The upload does not continue at the offset given. Ask for the stored offset (HEAD) and send "
								+ "the file from there."),
				Map.of(UPLOAD_OFFSET, Long.toString(stored)));
	}

	static ProblemException busy() {
		return new ProblemException(ProblemTypes.problem(HttpStatus.LOCKED, "upload-busy", "Upload busy",
				"Another request is still adding to this upload. Wait a moment, ask for the offset (HEAD) and go "
						+ "on from there."),
				Map.of(HttpHeaders.RETRY_AFTER, "5"));
	}

	static ProblemException beyondLength() {
		return new ProblemException(ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, "upload-length-exceeded",
				"More than the upload's length", "This request brings more bytes than the upload has left."));
	}

	static ProblemException tooFragmented(int maxPieces) {
		return new ProblemException(ProblemTypes.problem(HttpStatus.CONFLICT, "upload-too-fragmented",
				"Upload in too many pieces", "The upload arrived in more than " + maxPieces
						+ " pieces and cannot go on. Remove it and upload the file again, in larger parts."));
	}

	/** The content store failed: the bytes of this request were not kept. */
	static ProblemException storageUnavailable() {
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "upload-storage-unavailable",
						"Upload storage unavailable",
						"The part could not be stored. Ask for the offset (HEAD) and send it again in a moment."),
				Map.of(HttpHeaders.RETRY_AFTER, "30"));
	}

	/** The file is there but could not be read back: the last part is asked again. */
	static ProblemException notCompleted() {
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "upload-not-completed", "Upload not completed",
						"The file arrived but could not be completed now. Ask for the offset (HEAD) and send the last "
								+ "part again in a moment."),
				Map.of(HttpHeaders.RETRY_AFTER, "30"));
	}

}
