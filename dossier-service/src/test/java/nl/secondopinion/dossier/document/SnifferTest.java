package nl.secondopinion.dossier.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnifferTest {

	private static byte[] bytes(int... values) {
		byte[] result = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}

	@Test
	void recognisesDocumentsAndImagesByTheirFirstBytes() {
		assertThat(Sniffer.kind("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.PDF);
		assertThat(Sniffer.kind(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0, 0))).isEqualTo(ContentKind.JPEG);
		assertThat(Sniffer.kind(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0))).isEqualTo(ContentKind.PNG);
		assertThat(Sniffer.kind("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.GIF);
		assertThat(Sniffer.kind(bytes('I', 'I', '*', 0, 8, 0))).isEqualTo(ContentKind.TIFF);
		assertThat(Sniffer.kind(bytes('P', 'K', 3, 4, 20, 0))).isEqualTo(ContentKind.ZIP);
		assertThat(Sniffer.kind("....ftypheic....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.HEIC);
		assertThat(Sniffer.kind("RIFF....WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.WEBP);
	}

	@Test
	void recognisesDicomAtOffset128() {
		byte[] head = new byte[200];
		head[128] = 'D';
		head[129] = 'I';
		head[130] = 'C';
		head[131] = 'M';

		assertThat(Sniffer.kind(head)).isEqualTo(ContentKind.DICOM);
	}

	@Test
	void plainTextIsUtf8WithoutControlCharacters() {
		assertThat(Sniffer.kind("Geachte collega,\r\nPatiënte wordt verwezen…\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(ContentKind.TEXT);
		// Cut in the middle of a two-byte character: still text.
		byte[] cut = "ë".getBytes(StandardCharsets.UTF_8);
		assertThat(Sniffer.kind(new byte[] { 'a', 'b', cut[0] })).isEqualTo(ContentKind.TEXT);
		assertThat(Sniffer.kind(bytes('a', 0, 'b'))).isEqualTo(ContentKind.UNKNOWN);
		assertThat(Sniffer.kind(bytes(0xC3, 0x28, 'a', 'b'))).isEqualTo(ContentKind.UNKNOWN);
		assertThat(Sniffer.kind(new byte[0])).isEqualTo(ContentKind.UNKNOWN);
	}

	@Test
	void anExecutableIsNotAnythingWeAccept() {
		assertThat(Sniffer.kind(bytes('M', 'Z', 0x90, 0, 3, 0))).isEqualTo(ContentKind.UNKNOWN);
		assertThat(Sniffer.kind(bytes(0x7F, 'E', 'L', 'F', 2, 1))).isEqualTo(ContentKind.UNKNOWN);
	}

}
