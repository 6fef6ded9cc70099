package nl.secondopinion.dossier.document.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MultipartReaderTest {

	private static final String BOUNDARY = "b0undary-XyZ";

	private static final int MAX_HEADERS = 200;

	/**
	 * Random bodies against what was put in: any number of parts, empty ones, content
	 * full of partial delimiters, preamble, epilogue, transport padding, and reads and
	 * buffers of every size, so partial delimiters fall on every buffer edge.
	 */
	@Test
	void readsBackExactlyWhatWasWritten() throws IOException {
		Random random = new Random(20261123);
		for (int round = 0; round < 3000; round++) {
			List<Part> parts = new ArrayList<>();
			int count = random.nextInt(5);
			for (int i = 0; i < count; i++) {
				parts.add(new Part(
						(random.nextBoolean() ? "Content-Type: application/dicom\r\n" : "") + "X-Part: " + i + "\r\n",
						content(random)));
			}
			byte[] body = body(parts, random.nextBoolean() ? "preamble \r\n--not-it\r\n" : "",
					random.nextBoolean() ? " \t" : "", random.nextBoolean() ? "\r\nepilogue --" + BOUNDARY : "");
			int maxRead = 1 + random.nextInt(random.nextBoolean() ? 16 : 70_000);
			int bufferSize = 1 + random.nextInt(random.nextBoolean() ? 64 : 100_000);

			List<Part> read = readAll(new ChoppedStream(body, maxRead, random), bufferSize, random);

			assertThat(read).as("round %d", round).isEqualTo(parts);
		}
	}

	@Test
	void aBodyCutShortIsMalformedWhereverItIsCut() throws IOException {
		List<Part> parts = List.of(new Part("X-Part: 1\r\n", "first".getBytes(StandardCharsets.US_ASCII)),
				new Part("X-Part: 2\r\n", "\r\n--b0und".getBytes(StandardCharsets.US_ASCII)));
		byte[] body = body(parts, "", "", "");
		int closed = body.length - "\r\n".length();
		for (int cut = 0; cut < closed; cut++) {
			byte[] cutBody = Arrays.copyOf(body, cut);
			assertThatExceptionOfType(MultipartReader.MalformedMultipartException.class).as("cut at %d", cut)
				.isThrownBy(() -> readAll(new ByteArrayInputStream(cutBody), 64, new Random(cutBody.length)));
		}
		assertThat(readAll(new ByteArrayInputStream(Arrays.copyOf(body, closed)), 64, new Random(1))).isEqualTo(parts);
	}

	@Test
	void aBodyWithOnlyTheClosingDelimiterHasNoParts() throws IOException {
		assertThat(readAll(new ByteArrayInputStream(ascii("--" + BOUNDARY + "--")), 64, new Random(1))).isEmpty();
	}

	@Test
	void aPartWithoutHeadersHasAnEmptyHeaderBlock() throws IOException {
		byte[] body = ascii("--" + BOUNDARY + "\r\n\r\nbody\r\n--" + BOUNDARY + "--");

		assertThat(readAll(new ByteArrayInputStream(body), 64, new Random(1)))
			.containsExactly(new Part("", ascii("body")));
	}

	@Test
	void headersAreReadAsUtf8() throws IOException {
		String disposition = "Content-Disposition: form-data; name=\"file\"; filename=\"röntgen ä.dcm\"\r\n";
		byte[] body = body(List.of(new Part(disposition, ascii("x"))), "", "", "");

		assertThat(readAll(new ByteArrayInputStream(body), 64, new Random(1)).get(0).headers()).isEqualTo(disposition);
	}

	@Test
	void headersLongerThanTheLimitAreRefused() {
		byte[] body = body(List.of(new Part("X-Long: " + "a".repeat(MAX_HEADERS) + "\r\n", ascii("x"))), "", "", "");

		assertThatExceptionOfType(MultipartReader.PartHeadersTooLongException.class)
			.isThrownBy(() -> readAll(new ByteArrayInputStream(body), 64, new Random(1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "x\r\n", "-\r\n", " x\r\n" })
	void aBoundaryLineWithSomethingAfterTheBoundaryIsMalformed(String after) {
		byte[] body = ascii(
				"--" + BOUNDARY + "\r\n\r\nbody\r\n--" + BOUNDARY + after + "\r\n\r\nmore\r\n--" + BOUNDARY + "--");

		assertThatExceptionOfType(MultipartReader.MalformedMultipartException.class)
			.isThrownBy(() -> readAll(new ByteArrayInputStream(body), 64, new Random(1)));
	}

	@Test
	void aPartLeftUnreadOrHalfReadIsSkipped() throws IOException {
		byte[] big = new byte[50_000];
		new Random(3).nextBytes(big);
		byte[] body = body(List.of(new Part("", big), new Part("", big), new Part("", ascii("last"))), "", "", "");
		MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), ascii(BOUNDARY), 1024,
				MAX_HEADERS);

		assertThat(reader.nextPart()).isTrue();
		reader.readHeaders();
		assertThat(reader.nextPart()).isTrue();
		reader.readHeaders();
		assertThat(reader.body().readNBytes(10_000)).isEqualTo(Arrays.copyOf(big, 10_000));
		assertThat(reader.nextPart()).isTrue();
		reader.readHeaders();
		assertThat(reader.body().readAllBytes()).isEqualTo(ascii("last"));
		assertThat(reader.nextPart()).isFalse();
		assertThat(reader.nextPart()).isFalse();
	}

	@Test
	void singleByteReadsAndSkipsSeeTheSameContent() throws IOException {
		byte[] content = ascii("ab\r\n--b0undary-XyYcd\r\n-");
		byte[] body = body(List.of(new Part("", content)), "", "", "");
		MultipartReader reader = new MultipartReader(new ChoppedStream(body, 3, new Random(5)), ascii(BOUNDARY), 1,
				MAX_HEADERS);
		assertThat(reader.nextPart()).isTrue();
		reader.readHeaders();
		InputStream part = reader.body();

		assertThat(part.read()).isEqualTo('a');
		assertThat(part.skip(3)).isEqualTo(3);
		ByteArrayOutputStream rest = new ByteArrayOutputStream();
		for (int b = part.read(); b >= 0; b = part.read()) {
			rest.write(b);
		}

		assertThat(rest.toByteArray()).isEqualTo(Arrays.copyOfRange(content, 4, content.length));
		assertThat(part.read()).isEqualTo(-1);
		assertThat(part.skip(10)).isZero();
	}

	private static List<Part> readAll(InputStream in, int bufferSize, Random random) throws IOException {
		MultipartReader reader = new MultipartReader(in, ascii(BOUNDARY), bufferSize, MAX_HEADERS);
		List<Part> parts = new ArrayList<>();
		while (reader.nextPart()) {
			String headers = reader.readHeaders();
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			byte[] chunk = new byte[1 + random.nextInt(20_000)];
			for (int n = reader.body().read(chunk); n >= 0; n = reader.body().read(chunk)) {
				content.write(chunk, 0, n);
			}
			parts.add(new Part(headers, content.toByteArray()));
		}
		return parts;
	}

	/**
	 * Random bytes with the start of the delimiter planted, up to all but its last byte,
	 * and then a byte that breaks it off: content never holds the whole delimiter (RFC
	 * 2046).
	 */
	private static byte[] content(Random random) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		int pieces = random.nextInt(6);
		String delimiter = "\r\n--" + BOUNDARY;
		for (int i = 0; i < pieces; i++) {
			byte[] noise = new byte[random.nextInt(random.nextBoolean() ? 40 : 40_000)];
			random.nextBytes(noise);
			content.writeBytes(noise);
			int planted = random.nextInt(delimiter.length());
			content.writeBytes(ascii(delimiter.substring(0, planted)));
			content.write(~delimiter.charAt(planted));
		}
		return content.toByteArray();
	}

	private static byte[] body(List<Part> parts, String preamble, String padding, String epilogue) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(ascii(preamble.isEmpty() ? "" : preamble + "\r\n"));
		for (Part part : parts) {
			body.writeBytes(ascii("--" + BOUNDARY + padding + "\r\n"));
			body.writeBytes(part.headers().getBytes(StandardCharsets.UTF_8));
			body.writeBytes(ascii("\r\n"));
			body.writeBytes(part.content());
			body.writeBytes(ascii("\r\n"));
		}
		body.writeBytes(ascii("--" + BOUNDARY + "--" + padding + "\r\n" + epilogue));
		return body.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	record Part(String headers, byte[] content) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Part part && part.headers.equals(this.headers)
					&& Arrays.equals(part.content, this.content);
		}

		@Override
		public int hashCode() {
			return this.headers.hashCode() * 31 + Arrays.hashCode(this.content);
		}

		@Override
		public String toString() {
			return "Part[" + this.headers.strip() + ", " + this.content.length + " bytes]";
		}

	}

	/** Hands out the body in reads of random length up to a maximum, like a network. */
	static final class ChoppedStream extends FilterInputStream {

		private final int maxRead;

		private final Random random;

		ChoppedStream(byte[] bytes, int maxRead, Random random) {
			super(new ByteArrayInputStream(bytes));
			this.maxRead = maxRead;
			this.random = random;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			return super.read(b, off, Math.min(len, 1 + this.random.nextInt(this.maxRead)));
		}

	}

}
