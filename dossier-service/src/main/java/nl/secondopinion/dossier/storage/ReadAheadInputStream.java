package nl.secondopinion.dossier.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads its source on a thread of its own, a few chunks ahead of the caller: while the
 * caller decrypts and sends one chunk, the next is already on its way from the database.
 * At most {@code depth} chunks wait in between, so memory stays bounded and a slow client
 * slows the reading down. A failure of the source surfaces on the caller's next read.
 */
final class ReadAheadInputStream extends InputStream {

	private static final byte[] END = new byte[0];

	private final InputStream source;

	private final int chunkSize;

	private final BlockingQueue<byte[]> chunks;

	private final CountDownLatch readerDone = new CountDownLatch(1);

	private volatile boolean stopped;

	private volatile Throwable failure;

	private byte[] current = new byte[0];

	private int position;

	private boolean ended;

	private boolean closed;

	ReadAheadInputStream(InputStream source, int chunkSize, int depth, String threadName) {
		this.source = source;
		this.chunkSize = chunkSize;
		this.chunks = new ArrayBlockingQueue<>(depth);
		Thread.ofVirtual().name(threadName).start(this::fill);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException {
		if (this.closed) {
			throw new IOException("Stream closed");
		}
		if (length == 0) {
			return 0;
		}
		while (this.position == this.current.length) {
			if (this.ended) {
				rethrowFailure();
				return -1;
			}
			next();
		}
		int count = Math.min(length, this.current.length - this.position);
		System.arraycopy(this.current, this.position, target, offset, count);
		this.position += count;
		return count;
	}

	@Override
	public int available() {
		return this.current.length - this.position;
	}

	/** Stops the reader, waits for it, then closes the source. */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.stopped = true;
		// Frees a reader blocked on a full queue.
		this.chunks.clear();
		try {
			this.readerDone.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while stopping the storage reader");
		}
		finally {
			this.source.close();
		}
	}

	private void next() throws IOException {
		byte[] chunk;
		try {
			chunk = this.chunks.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while reading from storage");
		}
		if (chunk == END) {
			this.ended = true;
			return;
		}
		this.current = chunk;
		this.position = 0;
	}

	/** Every read after a failure fails again: a broken download never looks complete. */
	private void rethrowFailure() throws IOException {
		Throwable cause = this.failure;
		if (cause instanceof IOException io) {
			throw new IOException("Reading content failed: " + io.getMessage(), io);
		}
		if (cause != null) {
			throw new IOException("Reading content failed", cause);
		}
	}

	private void fill() {
		try {
			while (!this.stopped) {
				byte[] chunk = this.source.readNBytes(this.chunkSize);
				if (chunk.length == 0) {
					break;
				}
				put(chunk);
			}
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			this.failure = ex;
		}
		finally {
			try {
				put(END);
			}
			catch (InterruptedException ex) {
				// closing anyway
			}
			this.readerDone.countDown();
		}
	}

	/** Waits for room, but gives up once the caller has closed the stream. */
	private void put(byte[] chunk) throws InterruptedException {
		while (!this.stopped && !this.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
			// the caller is still reading: wait on
		}
	}

}
