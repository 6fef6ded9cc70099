package nl.secondopinion.dossier.document.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The tus {@code Upload-Metadata} header: comma-separated pairs of a key and its value in
 * Base64, separated by one space; a key may come without a value. Keys are unique, ASCII,
 * without spaces or commas. Values are decoded as UTF-8 and, like multipart form fields,
 * at most {@link #MAX_VALUE} bytes.
 */
final class TusMetadata {

	static final int MAX_HEADER = 4096;

	static final int MAX_VALUE = 1024;

	private TusMetadata() {
	}

	/**
	 * @return the pairs in header order; a key without a value maps to ""
	 * @throws InvalidException with a sentence for the client
	 */
	static Map<String, String> parse(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return Map.of();
		}
		if (header.length() > MAX_HEADER) {
			throw new InvalidException("Upload-Metadata is longer than " + MAX_HEADER + " characters.");
		}
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String pair : header.split(",", -1)) {
			String trimmed = pair.strip();
			if (trimmed.isEmpty()) {
				throw new InvalidException("Upload-Metadata has an empty pair.");
			}
			int space = trimmed.indexOf(' ');
			String key = (space < 0) ? trimmed : trimmed.substring(0, space);
			String encoded = (space < 0) ? "" : trimmed.substring(space + 1).strip();
			if (!isKey(key)) {
				throw new InvalidException("An Upload-Metadata key must be printable ASCII without spaces.");
			}
			if (pairs.containsKey(key)) {
				throw new InvalidException("The Upload-Metadata key '" + key + "' appears twice.");
			}
			pairs.put(key, decode(key, encoded));
		}
		return Collections.unmodifiableMap(pairs);
	}

	private static boolean isKey(String key) {
		return !key.isEmpty() && key.chars().allMatch((c) -> c > 0x20 && c < 0x7F && c != ',');
	}

	private static String decode(String key, String encoded) {
		if (encoded.isEmpty()) {
			return "";
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(encoded);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidException("The Upload-Metadata value of '" + key + "' is not Base64.");
		}
		if (bytes.length > MAX_VALUE) {
			throw new InvalidException(
					"The Upload-Metadata value of '" + key + "' is longer than " + MAX_VALUE + " bytes.");
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidException("The Upload-Metadata value of '" + key + "' is not UTF-8.");
		}
	}

	/** The header breaks the tus rules; the message says how. */
	static final class InvalidException extends RuntimeException {

		InvalidException(String message) {
			super(message, null, false, false);
		}

	}

}
