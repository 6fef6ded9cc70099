package nl.secondopinion.dossier.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link FileTooLargeException} once more than the limit has been read. */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b != -1) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = this.in.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) throws FileTooLargeException {
		this.count += n;
		if (this.count > this.limit) {
			throw new FileTooLargeException(this.limit);
		}
	}

	long count() {
		return this.count;
	}

}
