package nl.secondopinion.dossier.document;

import java.io.IOException;
import java.io.InputStream;

/** Remembers the last bytes read (a ring buffer) and how many were read in all. */
final class TailKeepingInputStream extends ObservingInputStream {

	private final byte[] ring;

	private long total;

	TailKeepingInputStream(InputStream in, int capacity) {
		super(in);
		this.ring = new byte[capacity];
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			remember(buffer, offset, n);
		}
		return n;
	}

	/**
	 * Copies the bytes into the ring in at most two pieces: a gigabyte ZIP passes through
	 * here.
	 */
	private void remember(byte[] buffer, int offset, int n) {
		int capacity = this.ring.length;
		int kept = Math.min(n, capacity);
		long start = this.total + n - kept;
		int at = (int) (start % capacity);
		int first = Math.min(kept, capacity - at);
		System.arraycopy(buffer, offset + n - kept, this.ring, at, first);
		System.arraycopy(buffer, offset + n - kept + first, this.ring, 0, kept - first);
		this.total += n;
	}

	long total() {
		return this.total;
	}

	/** The last {@code min(total, capacity)} bytes, oldest first. */
	byte[] tail() {
		int size = (int) Math.min(this.total, this.ring.length);
		byte[] tail = new byte[size];
		long start = this.total - size;
		for (int i = 0; i < size; i++) {
			tail[i] = this.ring[(int) ((start + i) % this.ring.length)];
		}
		return tail;
	}

}
