package nl.secondopinion.dossier.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import nl.secondopinion.dossier.document.dicom.DicomHeaderReader;

/** Recognises content by its magic bytes. */
final class Sniffer {

	/** How many leading bytes {@link #kind(byte[])} looks at, at most. */
	static final int HEAD = 8192;

	private Sniffer() {
	}

	static ContentKind kind(byte[] head) {
		if (DicomHeaderReader.isPart10(head)) {
			return ContentKind.DICOM;
		}
		if (starts(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return ContentKind.PDF;
		}
		if (starts(head, new byte[] { 'P', 'K', 3, 4 }) || starts(head, new byte[] { 'P', 'K', 5, 6 })) {
			return ContentKind.ZIP;
		}
		if (starts(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return ContentKind.JPEG;
		}
		if (starts(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return ContentKind.PNG;
		}
		if (starts(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| starts(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return ContentKind.GIF;
		}
		if (starts(head, new byte[] { 'I', 'I', '*', 0 }) || starts(head, new byte[] { 'M', 'M', 0, '*' })) {
			return ContentKind.TIFF;
		}
		if (head.length >= 12 && starts(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
			return ContentKind.WEBP;
		}
		if (head.length >= 12 && new String(head, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
			String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
			if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("avif")) {
				return ContentKind.HEIC;
			}
		}
		if (starts(head, new byte[] { 'B', 'M' }) && head.length >= 26) {
			return ContentKind.BMP;
		}
		if (isText(head)) {
			return ContentKind.TEXT;
		}
		return ContentKind.UNKNOWN;
	}

	private static boolean starts(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	/** UTF-8 without control characters other than tab, line feed, form feed, return. */
	static boolean isText(byte[] head) {
		if (head.length == 0) {
			return false;
		}
		for (byte b : head) {
			if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
				return false;
			}
		}
		// The head may end in the middle of a multi-byte character: allow up to 3 bytes
		// cut.
		for (int cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
			CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			try {
				decoder.decode(ByteBuffer.wrap(head, 0, head.length - cut));
				return true;
			}
			catch (CharacterCodingException ex) {
				// try with fewer bytes
			}
		}
		return false;
	}

}
