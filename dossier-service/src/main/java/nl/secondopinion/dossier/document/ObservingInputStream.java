package nl.secondopinion.dossier.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter that must see every byte that passes: single bytes and skipped bytes are read
 * through {@link #read(byte[], int, int)}, and there are no marks to go back to.
 */
abstract class ObservingInputStream extends FilterInputStream {

	private static final int SKIP_BUFFER = 64 * 1024;

	private final byte[] single = new byte[1];

	ObservingInputStream(InputStream in) {
		super(in);
	}

	@Override
	public abstract int read(byte[] buffer, int offset, int length) throws IOException;

	@Override
	public int read() throws IOException {
		return (read(this.single, 0, 1) < 0) ? -1 : (this.single[0] & 0xff);
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] scratch = new byte[(int) Math.max(0, Math.min(n, SKIP_BUFFER))];
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
