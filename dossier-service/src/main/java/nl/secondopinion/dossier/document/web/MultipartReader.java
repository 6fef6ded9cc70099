package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a multipart body (RFC 2046) part by part from a stream, through one fixed buffer.
 * <p>
 * The delimiter {@code CRLF--boundary} is found with Boyer-Moore-Horspool: on file
 * content, where the delimiter's bytes are rare, it looks at about one byte per delimiter
 * length instead of every byte, which matters when a gigabyte of imaging streams through.
 * A body may start with the delimiter without the CRLF; the buffer starts with a CRLF of
 * its own so that case needs no special path.
 * <p>
 * Use: {@link #nextPart()} until it answers false; after each, {@link #readHeaders()} and
 * then {@link #body()}, which ends at the next delimiter. A part left unread is skipped.
 */
final class MultipartReader {

	private static final byte CR = '\r';

	private static final byte LF = '\n';

	private static final byte DASH = '-';

	private final InputStream input;

	private final byte[] delimiter;

	/** Horspool's shift per byte value: how far the delimiter may move past it. */
	private final int[] shift = new int[256];

	private final byte[] buffer;

	private final int maxHeaderBytes;

	/** Unread bytes are {@code buffer[head, tail)}. */
	private int head;

	private int tail;

	private boolean endOfInput;

	/** The next delimiter's position in the buffer, or -1 while not found yet. */
	private int found = -1;

	/**
	 * Where the delimiter search goes on: no delimiter starts in
	 * {@code [head, searchFrom)}.
	 */
	private int searchFrom;

	private Body current;

	private boolean closed;

	/**
	 * @param boundary the boundary parameter of the content type, without quotes
	 * @param bufferSize at least twice the delimiter and the header limit
	 * @param maxHeaderBytes longest header block of one part
	 */
	MultipartReader(InputStream input, byte[] boundary, int bufferSize, int maxHeaderBytes) {
		this.input = input;
		this.delimiter = new byte[boundary.length + 4];
		this.delimiter[0] = CR;
		this.delimiter[1] = LF;
		this.delimiter[2] = DASH;
		this.delimiter[3] = DASH;
		System.arraycopy(boundary, 0, this.delimiter, 4, boundary.length);
		int length = this.delimiter.length;
		Arrays.fill(this.shift, length);
		for (int i = 0; i < length - 1; i++) {
			this.shift[this.delimiter[i] & 0xff] = length - 1 - i;
		}
		this.maxHeaderBytes = maxHeaderBytes;
		this.buffer = new byte[Math.max(bufferSize, 2 * Math.max(length, maxHeaderBytes + 4))];
		this.buffer[0] = CR;
		this.buffer[1] = LF;
		this.tail = 2;
		// The preamble is a part nobody reads.
		this.current = new Body();
	}

	/**
	 * Skips what is left of the current part (or the preamble) and its delimiter.
	 * @return true if another part follows, false after the closing delimiter
	 */
	boolean nextPart() throws IOException {
		if (this.closed) {
			return false;
		}
		this.current.skipRest();
		this.head += this.delimiter.length;
		this.searchFrom = this.head;
		this.found = -1;
		need(2);
		if (this.buffer[this.head] == DASH && this.buffer[this.head + 1] == DASH) {
			// The epilogue after the closing delimiter is ignored, as RFC 2046 says.
			this.closed = true;
			return false;
		}
		while (true) {
			need(1);
			byte next = this.buffer[this.head];
			if (next != ' ' && next != '\t') {
				break;
			}
			this.head++;
		}
		need(2);
		if (this.buffer[this.head] != CR || this.buffer[this.head + 1] != LF) {
			throw new MalformedMultipartException("A boundary line ends with something other than a line break.");
		}
		// The line break stays: the header block is searched from it for an empty line.
		this.searchFrom = this.head;
		this.current = new Body();
		return true;
	}

	/** The current part's header lines, without the empty line that ends them. */
	String readHeaders() throws IOException {
		int end = indexOfEmptyLine();
		// Only now: finding the end may have moved the unread bytes to the buffer's
		// front.
		int start = this.head + 2;
		String headers = (end > start) ? new String(this.buffer, start, end - start, StandardCharsets.UTF_8) : "";
		// The body starts after the empty line; its first delimiter may be the CRLF
		// ending it.
		this.head = end + 2;
		this.searchFrom = this.head;
		this.found = -1;
		return headers;
	}

	/** The current part's content, ending at the next delimiter. */
	InputStream body() {
		return this.current;
	}

	/** Finds the CRLF CRLF that ends the header block, filling the buffer as needed. */
	private int indexOfEmptyLine() throws IOException {
		int from = this.head;
		while (true) {
			int limit = Math.min(this.tail, this.head + this.maxHeaderBytes + 4);
			for (int i = from; i + 3 < limit; i++) {
				if (this.buffer[i] == CR && this.buffer[i + 1] == LF && this.buffer[i + 2] == CR
						&& this.buffer[i + 3] == LF) {
					return i + 2;
				}
			}
			if (this.tail - this.head >= this.maxHeaderBytes + 4) {
				throw new PartHeadersTooLongException(this.maxHeaderBytes);
			}
			from = Math.max(this.head, limit - 3);
			int before = this.head;
			if (!fill()) {
				throw new MalformedMultipartException("The multipart body ended inside a part's headers.");
			}
			from -= before - this.head;
		}
	}

	/**
	 * Makes at least {@code count} unread bytes available, or fails: the body ended
	 * early.
	 */
	private void need(int count) throws IOException {
		while (this.tail - this.head < count) {
			if (!fill()) {
				throw new MalformedMultipartException("The multipart body ended before its closing boundary.");
			}
		}
	}

	/**
	 * Moves the unread bytes to the front and reads more behind them.
	 * @return false at the end of the input
	 */
	private boolean fill() throws IOException {
		if (this.endOfInput) {
			return false;
		}
		if (this.head > 0) {
			int unread = this.tail - this.head;
			System.arraycopy(this.buffer, this.head, this.buffer, 0, unread);
			this.searchFrom -= this.head;
			if (this.found >= 0) {
				this.found -= this.head;
			}
			this.tail = unread;
			this.head = 0;
		}
		int read = this.input.read(this.buffer, this.tail, this.buffer.length - this.tail);
		if (read < 0) {
			this.endOfInput = true;
			return false;
		}
		this.tail += read;
		return true;
	}

	/**
	 * Horspool over {@code [searchFrom, tail)}; remembers where to go on if not found.
	 */
	private void search() {
		byte[] pattern = this.delimiter;
		byte[] text = this.buffer;
		int last = pattern.length - 1;
		int at = this.searchFrom;
		while (at + last < this.tail) {
			int i = last;
			while (i >= 0 && text[at + i] == pattern[i]) {
				i--;
			}
			if (i < 0) {
				this.found = at;
				return;
			}
			at += this.shift[text[at + last] & 0xff];
		}
		this.searchFrom = at;
	}

	/** Bytes of the current part up to the next delimiter. */
	private final class Body extends InputStream {

		private final byte[] single = new byte[1];

		private boolean ended;

		@Override
		public int read() throws IOException {
			return (read(this.single, 0, 1) < 0) ? -1 : (this.single[0] & 0xff);
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			int available = available();
			while (available == 0) {
				if (!advance()) {
					return -1;
				}
				available = available();
			}
			int count = Math.min(length, available);
			System.arraycopy(MultipartReader.this.buffer, MultipartReader.this.head, target, offset, count);
			MultipartReader.this.head += count;
			return count;
		}

		@Override
		public long skip(long count) throws IOException {
			long skipped = 0;
			while (skipped < count) {
				int available = available();
				if (available == 0) {
					if (!advance()) {
						break;
					}
					continue;
				}
				int step = (int) Math.min(count - skipped, available);
				MultipartReader.this.head += step;
				skipped += step;
			}
			return skipped;
		}

		/**
		 * Bytes that are certainly content: up to the delimiter, or short of a partial
		 * one.
		 */
		@Override
		public int available() {
			if (this.ended) {
				return 0;
			}
			if (MultipartReader.this.found < 0) {
				search();
			}
			int end = (MultipartReader.this.found >= 0) ? MultipartReader.this.found : MultipartReader.this.searchFrom;
			return end - MultipartReader.this.head;
		}

		void skipRest() throws IOException {
			skip(Long.MAX_VALUE);
		}

		/**
		 * Called when no content byte is available: either the delimiter is next (the
		 * part ends) or more input is needed.
		 * @return false when the part has ended
		 */
		private boolean advance() throws IOException {
			if (this.ended || MultipartReader.this.found == MultipartReader.this.head) {
				this.ended = true;
				return false;
			}
			if (!fill()) {
				throw new MalformedMultipartException("The multipart body ended before its closing boundary.");
			}
			return true;
		}

	}

	/** The body is not well-formed multipart: truncated, or a broken boundary line. */
	static class MalformedMultipartException extends IOException {

		MalformedMultipartException(String message) {
			super(message, null);
		}

	}

	/** A part's header block is longer than allowed. */
	static final class PartHeadersTooLongException extends MalformedMultipartException {

		PartHeadersTooLongException(int limit) {
			super("A part's headers are longer than " + limit + " bytes.");
		}

	}

}
