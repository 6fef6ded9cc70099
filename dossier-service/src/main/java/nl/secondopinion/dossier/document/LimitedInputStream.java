package nl.secondopinion.dossier.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts what is read and fails once more than the limit has been read: by default with
 * {@link FileTooLargeException}.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private final Supplier<? extends IOException> tooMuch;

	private long count;

	LimitedInputStream(InputStream in, long limit) {
		this(in, limit, () -> new FileTooLargeException(limit));
	}

	LimitedInputStream(InputStream in, long limit, Supplier<? extends IOException> tooMuch) {
		super(in);
		this.limit = limit;
		this.tooMuch = tooMuch;
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

	private void count(long n) throws IOException {
		this.count += n;
		if (this.count > this.limit) {
			throw this.tooMuch.get();
		}
	}

	long count() {
		return this.count;
	}

}
