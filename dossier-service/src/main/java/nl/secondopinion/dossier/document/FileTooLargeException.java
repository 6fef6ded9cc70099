package nl.secondopinion.dossier.document;

import java.io.IOException;

/** An upload went past the size limit while streaming; answers 413. */
public class FileTooLargeException extends IOException {

	public FileTooLargeException(long limit) {
		super("larger than " + limit + " bytes", null);
	}

}
