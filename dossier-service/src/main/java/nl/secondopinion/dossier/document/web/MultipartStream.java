package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Walks the parts of a multipart body as they arrive (form-data or related): each part's
 * headers, then its body as a stream that ends at the next boundary. Nothing is buffered
 * beyond the parser's small window, and nothing is written to disk.
 */
final class MultipartStream {

	private static final int MAX_PART_HEADERS = 8 * 1024;

	private static final int MAX_BOUNDARY = 200;

	// Large reads: fewer copies and boundary searches per byte of a multi-gigabyte study.
	private static final int BUFFER = 256 * 1024;

	private MultipartStream() {
	}

	static void read(@Nullable String contentType, InputStream body, PartHandler handler) throws IOException {
		MultipartReader reader = new MultipartReader(body, boundary(contentType).getBytes(StandardCharsets.ISO_8859_1),
				BUFFER, MAX_PART_HEADERS);
		try {
			while (reader.nextPart()) {
				handler.part(headers(reader.readHeaders()), reader.body());
			}
		}
		catch (MultipartReader.MalformedMultipartException ex) {
			throw badRequest(ex.getMessage());
		}
	}

	/** Header names in lower case; repeated headers keep the first value. */
	static Map<String, String> headers(String block) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : block.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).strip());
			}
		}
		return headers;
	}

	/** A parameter of a header value, e.g. {@code name} of Content-Disposition. */
	static @Nullable String parameter(@Nullable String headerValue, String name) {
		if (headerValue == null) {
			return null;
		}
		for (String piece : headerValue.split(";")) {
			String trimmed = piece.strip();
			int equals = trimmed.indexOf('=');
			if (equals > 0 && trimmed.substring(0, equals).strip().equalsIgnoreCase(name)) {
				String value = trimmed.substring(equals + 1).strip();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				return value;
			}
		}
		return null;
	}

	private static String boundary(@Nullable String contentType) {
		try {
			if (contentType != null) {
				String boundary = MediaType.parseMediaType(contentType).getParameter("boundary");
				// RFC 2046 allows 70 characters; Orthanc's DICOMweb client sends 73.
				if (boundary != null && !boundary.isBlank() && boundary.length() <= MAX_BOUNDARY) {
					return boundary.startsWith("\"") ? boundary.substring(1, boundary.length() - 1) : boundary;
				}
			}
		}
		catch (RuntimeException ex) {
			// answered below
		}
		throw badRequest("A multipart body with a boundary is expected.");
	}

	static ProblemException badRequest(String detail) {
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.BAD_REQUEST, "bad-multipart", "Malformed multipart body", detail));
	}

	@FunctionalInterface
	interface PartHandler {

		void part(Map<String, String> headers, InputStream body) throws IOException;

	}

}
