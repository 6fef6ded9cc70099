package nl.secondopinion.dossier.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes every byte read to a second destination, so one pass over an upload both
 * inspects and stores it. Skipped bytes are read and written too: storage must receive
 * the whole file even when an inspector jumps over parts of it.
 */
final class TeeInputStream extends ObservingInputStream {

	private final OutputStream copy;

	TeeInputStream(InputStream in, OutputStream copy) {
		super(in);
		this.copy = copy;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			this.copy.write(buffer, offset, n);
		}
		return n;
	}

}
