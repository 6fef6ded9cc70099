package nl.secondopinion.dossier.document.dicom;

/**
 * The content is not a DICOM Part 10 file this service can read; the message says why.
 */
public class InvalidDicomException extends Exception {

	public InvalidDicomException(String message) {
		super(message, null, false, false);
	}

}
