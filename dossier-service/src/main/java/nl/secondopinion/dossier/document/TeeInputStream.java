package nl.secondopinion.dossier.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes every byte read to a second destination, so one pass over an upload both
 * inspects and stores it. Skipped bytes are read and written too: storage must receive
 * the whole file even when an inspector jumps over parts of it.
 */
final class TeeInputStream extends FilterInputStream {

	private final OutputStream copy;

	TeeInputStream(InputStream in, OutputStream copy) {
		super(in);
		this.copy = copy;
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b >= 0) {
			this.copy.write(b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			this.copy.write(buffer, offset, n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] scratch = new byte[(int) Math.min(n, 64 * 1024)];
		long skipped = 0;
		while (skipped < n) {
			int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
