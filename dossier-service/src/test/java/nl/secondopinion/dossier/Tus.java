package nl.secondopinion.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * tus requests as a tus client sends them, for MockMvc; a body can also stream, end
 * before its declared length or break off like a dropped connection.
 */
public final class Tus {

	public static final String VERSION = "1.0.0";

	public static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

	private Tus() {
	}

	/** The {@code Upload-Metadata} value of these key/value pairs. */
	public static String metadata(Map<String, String> pairs) {
		return pairs.entrySet()
			.stream()
			.map((e) -> e.getKey() + " "
					+ Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
			.collect(Collectors.joining(","));
	}

	public static MockHttpServletRequestBuilder create(String requestId, long length, Map<String, String> metadata) {
		return post("/api/dossiers/{id}/uploads", requestId).header("Tus-Resumable", VERSION)
			.header("Upload-Length", Long.toString(length))
			.header("Upload-Metadata", metadata(metadata));
	}

	public static MockHttpServletRequestBuilder head(String location) {
		return MockMvcRequestBuilders.head(URI.create(location)).header("Tus-Resumable", VERSION);
	}

	public static MockHttpServletRequestBuilder terminate(String location) {
		return delete(URI.create(location)).header("Tus-Resumable", VERSION);
	}

	public static MockHttpServletRequestBuilder patch(String location, long offset, byte[] bytes) {
		return MockMvcRequestBuilders.patch(URI.create(location))
			.header("Tus-Resumable", VERSION)
			.header("Upload-Offset", Long.toString(offset))
			.contentType(OFFSET_OCTET_STREAM)
			.content(bytes);
	}

	/**
	 * A PATCH whose body streams from {@code body} and declares {@code declaredLength}.
	 */
	public static Streaming patch(String location, long offset, long declaredLength, InputStream body) {
		return new Streaming(location, declaredLength, body).header("Tus-Resumable", VERSION)
			.header("Upload-Offset", Long.toString(offset))
			.contentType(OFFSET_OCTET_STREAM);
	}

	/**
	 * The bytes {@code [from, breakAt)} of {@code content}, then the failure a server
	 * sees when the client's connection drops.
	 */
	public static InputStream breakingAt(byte[] content, int from, int breakAt) {
		return new InputStream() {

			private final InputStream bytes = new ByteArrayInputStream(Arrays.copyOfRange(content, from, breakAt));

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = this.bytes.read(buffer, offset, length);
				if (n < 0) {
					throw new IOException("Connection reset by peer");
				}
				return n;
			}

		};
	}

	/** A request whose body is a stream, not an array. */
	public static final class Streaming extends AbstractMockHttpServletRequestBuilder<Streaming> {

		private final long declaredLength;

		private final InputStream body;

		Streaming(String location, long declaredLength, InputStream body) {
			super(HttpMethod.PATCH);
			uri(URI.create(location));
			this.declaredLength = declaredLength;
			this.body = body;
		}

		@Override
		protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
			long length = this.declaredLength;
			ServletInputStream stream = new DelegatingServletInputStream(this.body);
			return new MockHttpServletRequest(servletContext) {

				@Override
				public ServletInputStream getInputStream() {
					return stream;
				}

				@Override
				public long getContentLengthLong() {
					return length;
				}

				@Override
				public int getContentLength() {
					return (int) length;
				}

			};
		}

	}

}
