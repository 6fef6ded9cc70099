package nl.secondopinion.dossier.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WriteBehindOutputStreamTest {

	private static final int CHUNK = 1000;

	private static final int DEPTH = 2;

	@Test
	void everythingArrivesInOrderAndTheTargetIsClosedOnceWhenCloseReturns() throws IOException {
		byte[] content = new byte[123_457];
		Random random = new Random(11);
		random.nextBytes(content);
		RecordingTarget target = new RecordingTarget();

		try (WriteBehindOutputStream out = new WriteBehindOutputStream(target, CHUNK, DEPTH, "test-writer")) {
			for (int offset = 0; offset < content.length;) {
				int length = Math.min(content.length - offset, random.nextInt(3 * CHUNK));
				out.write(content, offset, length);
				offset += length;
			}
		}

		assertThat(target.toByteArray()).isEqualTo(content);
		assertThat(target.closes).hasValue(1);
	}

	@Test
	void aFailingTargetFailsTheWritesAfterItAndTheClose() {
		OutputStream target = new OutputStream() {

			private int writes;

			@Override
			public void write(int b) {
				throw new UnsupportedOperationException();
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				if (++this.writes == 3) {
					throw new IOException("disk full");
				}
			}

		};
		WriteBehindOutputStream out = new WriteBehindOutputStream(target, CHUNK, DEPTH, "test-writer");

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> {
			for (int i = 0; i < 1000; i++) {
				out.write(new byte[CHUNK]);
			}
		}).withMessageContaining("disk full");
		assertThatExceptionOfType(IOException.class).isThrownBy(out::close);
	}

	@Test
	void aSlowTargetHoldsTheWriterBackInsteadOfFillingMemory() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		RecordingTarget target = new RecordingTarget() {

			@Override
			public void write(byte[] b, int off, int len) {
				await(release);
				super.write(b, off, len);
			}

		};
		WriteBehindOutputStream out = new WriteBehindOutputStream(target, CHUNK, DEPTH, "test-writer");
		AtomicLong accepted = new AtomicLong();
		Thread producer = Thread.ofPlatform().start(() -> {
			try {
				for (int i = 0; i < 100; i++) {
					out.write(new byte[CHUNK]);
					accepted.addAndGet(CHUNK);
				}
				out.close();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});

		awaitBlocked(producer);
		// One chunk with the target, DEPTH queued, one being filled.
		assertThat(accepted.get()).isLessThanOrEqualTo((DEPTH + 2L) * CHUNK);
		release.countDown();
		producer.join(TimeUnit.SECONDS.toMillis(10));
		assertThat(target.size()).isEqualTo(100 * CHUNK);
	}

	@Test
	void stopWaitsForTheWriterAndNothingReachesTheTargetAfterwards() throws Exception {
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean writeInProgress = new AtomicBoolean();
		RecordingTarget target = new RecordingTarget() {

			@Override
			public void write(byte[] b, int off, int len) {
				writeInProgress.set(true);
				writing.countDown();
				await(release);
				super.write(b, off, len);
				writeInProgress.set(false);
			}

		};
		WriteBehindOutputStream out = new WriteBehindOutputStream(target, CHUNK, DEPTH, "test-writer");
		out.write(new byte[3 * CHUNK]);
		assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

		Thread releaser = Thread.ofPlatform().start(() -> {
			sleepALittle();
			release.countDown();
		});
		out.stop();
		releaser.join();

		assertThat(writeInProgress).isFalse();
		int size = target.size();
		sleepALittle();
		assertThat(target.size()).isEqualTo(size).isLessThan(3 * CHUNK);
		assertThat(target.closes).hasValue(0);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> out.write(1));
	}

	static void awaitBlocked(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
			assertThat(System.nanoTime()).as("thread blocks").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleepALittle() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static class RecordingTarget extends ByteArrayOutputStream {

		final AtomicInteger closes = new AtomicInteger();

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			super.write(b, off, len);
		}

		@Override
		public void close() {
			this.closes.incrementAndGet();
		}

	}

}
