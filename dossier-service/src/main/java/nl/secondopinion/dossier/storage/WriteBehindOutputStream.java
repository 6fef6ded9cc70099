package nl.secondopinion.dossier.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Writes to its target on a thread of its own, a few chunks behind the caller: while the
 * database stores one chunk, the request thread already parses, checks and encrypts the
 * next, where a plain stream would wait for every insert. At most {@code depth} full
 * chunks wait in between, so memory stays bounded and a slow database slows the upload
 * down instead of filling the heap.
 * <p>
 * A failure of the target surfaces on the caller's next write or on close.
 */
final class WriteBehindOutputStream extends OutputStream {

	private static final byte[] END = new byte[0];

	private final OutputStream target;

	private final int chunkSize;

	private final BlockingQueue<byte[]> chunks;

	private final CountDownLatch writerDone = new CountDownLatch(1);

	private byte[] current;

	private int filled;

	private volatile boolean stopped;

	private volatile Throwable failure;

	private boolean closed;

	WriteBehindOutputStream(OutputStream target, int chunkSize, int depth, String threadName) {
		this.target = target;
		this.chunkSize = chunkSize;
		this.chunks = new ArrayBlockingQueue<>(depth);
		this.current = new byte[chunkSize];
		Thread.ofVirtual().name(threadName).start(this::drain);
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		ensureOpen();
		while (length > 0) {
			int count = Math.min(length, this.chunkSize - this.filled);
			System.arraycopy(bytes, offset, this.current, this.filled, count);
			this.filled += count;
			offset += count;
			length -= count;
			if (this.filled == this.chunkSize) {
				handOver(this.current);
				this.current = new byte[this.chunkSize];
				this.filled = 0;
			}
		}
	}

	/** Hands over what is left and waits until the target has it all and is closed. */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.filled > 0) {
			handOver(Arrays.copyOf(this.current, this.filled));
		}
		handOver(END);
		awaitWriter();
		rethrowFailure();
	}

	/**
	 * Stops the writer and waits for it, so the caller may clean up the target without a
	 * write racing it. Nothing more reaches the target.
	 */
	void stop() {
		this.closed = true;
		this.stopped = true;
		this.chunks.clear();
		this.chunks.offer(END);
		try {
			awaitWriter();
		}
		catch (InterruptedIOException ex) {
			// the interrupt stays set for the caller
		}
	}

	private void drain() {
		try {
			while (true) {
				byte[] chunk = this.chunks.take();
				if (chunk == END || this.stopped) {
					break;
				}
				this.target.write(chunk);
			}
			if (!this.stopped) {
				this.target.close();
			}
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			this.failure = ex;
		}
		finally {
			this.stopped = true;
			// Frees a caller blocked on a full queue; it then sees the failure.
			this.chunks.clear();
			this.writerDone.countDown();
		}
	}

	private void handOver(byte[] chunk) throws IOException {
		try {
			while (!this.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
				ensureWriterAlive();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while handing content to storage");
		}
		ensureWriterAlive();
	}

	private void ensureOpen() throws IOException {
		if (this.closed) {
			throw new IOException("Stream closed");
		}
		ensureWriterAlive();
	}

	private void ensureWriterAlive() throws IOException {
		if (this.writerDone.getCount() == 0) {
			rethrowFailure();
			if (!this.closed) {
				throw new IOException("Storage writer stopped");
			}
		}
	}

	private void awaitWriter() throws InterruptedIOException {
		try {
			this.writerDone.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting for storage");
		}
	}

	private void rethrowFailure() throws IOException {
		Throwable cause = this.failure;
		if (cause instanceof IOException io) {
			throw new IOException("Storing content failed: " + io.getMessage(), io);
		}
		if (cause != null) {
			throw new IOException("Storing content failed", cause);
		}
	}

}
