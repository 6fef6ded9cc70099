package nl.secondopinion.dossier.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReadAheadInputStreamTest {

	private static final int CHUNK = 1000;

	private static final int DEPTH = 2;

	@Test
	void readsBackExactlyWhatTheSourceHolds() throws IOException {
		byte[] content = new byte[98_765];
		Random random = new Random(12);
		random.nextBytes(content);
		ByteArrayOutputStream read = new ByteArrayOutputStream();

		try (InputStream in = new ReadAheadInputStream(new ShortReads(content, random), CHUNK, DEPTH, "test-reader")) {
			byte[] buffer = new byte[1 + random.nextInt(3000)];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				read.write(buffer, 0, n);
			}
			assertThat(in.read()).isEqualTo(-1);
		}

		assertThat(read.toByteArray()).isEqualTo(content);
	}

	@Test
	void aFailingSourceFailsEveryReadAfterItsGoodBytes() throws IOException {
		InputStream failing = new InputStream() {

			private int served;

			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (this.served >= 2500) {
					throw new IOException("chunk missing");
				}
				int n = Math.min(len, 500);
				this.served += n;
				return n;
			}

		};
		InputStream in = new ReadAheadInputStream(failing, CHUNK, DEPTH, "test-reader");

		assertThat(in.readNBytes(2000)).hasSize(2000);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> in.readNBytes(1000))
			.withMessageContaining("chunk missing");
		assertThatExceptionOfType(IOException.class).isThrownBy(in::read);
		in.close();
	}

	@Test
	void aReaderThatStopsReadingHoldsTheSourceBackAndCloseEndsIt() throws Exception {
		AtomicLong served = new AtomicLong();
		AtomicBoolean closed = new AtomicBoolean();
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				served.addAndGet(len);
				return len;
			}

			@Override
			public void close() {
				closed.set(true);
			}

		};
		InputStream in = new ReadAheadInputStream(endless, CHUNK, DEPTH, "test-reader");
		assertThat(in.readNBytes(CHUNK)).hasSize(CHUNK);

		WriteBehindOutputStreamTest.sleepALittle();
		// DEPTH queued, one waiting for room, one handed out.
		assertThat(served.get()).isLessThanOrEqualTo((DEPTH + 2L) * CHUNK);
		in.close();
		long afterClose = served.get();
		WriteBehindOutputStreamTest.sleepALittle();

		assertThat(closed).isTrue();
		assertThat(served.get()).isEqualTo(afterClose);
		assertThatExceptionOfType(IOException.class).isThrownBy(in::read);
	}

	/** Serves a few bytes per read, like a database cursor between batches. */
	static final class ShortReads extends ByteArrayInputStream {

		private final Random random;

		ShortReads(byte[] bytes, Random random) {
			super(bytes);
			this.random = random;
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) {
			return super.read(b, off, Math.min(len, 1 + this.random.nextInt(700)));
		}

	}

}
