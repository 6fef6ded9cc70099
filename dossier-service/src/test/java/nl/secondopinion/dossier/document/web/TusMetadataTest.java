package nl.secondopinion.dossier.document.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class TusMetadataTest {

	private static String b64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void pairsAreDecodedInOrderAsATusClientSendsThem() {
		String header = "type " + b64("IMAGING_STUDY") + ",filename " + b64("MRI hoofd – 2026.zip") + ",language "
				+ b64("nl");

		assertThat(TusMetadata.parse(header)).containsExactly(entry("type", "IMAGING_STUDY"),
				entry("filename", "MRI hoofd – 2026.zip"), entry("language", "nl"));
	}

	@Test
	void blanksAroundPairsAndMissingPaddingAreAccepted() {
		assertThat(TusMetadata.parse(" type SU1BR0lOR19TVFVEWQ , language bmw"))
			.containsExactly(entry("type", "IMAGING_STUDY"), entry("language", "nl"));
	}

	@Test
	void aKeyMayComeWithoutAValue() {
		assertThat(TusMetadata.parse("replaces,type " + b64("OTHER"))).containsExactly(entry("replaces", ""),
				entry("type", "OTHER"));
	}

	@Test
	void noHeaderIsNoMetadata() {
		assertThat(TusMetadata.parse(null)).isEmpty();
		assertThat(TusMetadata.parse("  ")).isEmpty();
	}

	@Test
	void aKeyGivenTwiceIsRefused() {
		assertThatExceptionOfType(TusMetadata.InvalidException.class)
			.isThrownBy(() -> TusMetadata.parse("type " + b64("OTHER") + ",type " + b64("HISTORY_LETTER")))
			.withMessageContaining("twice");
	}

	@Test
	void aValueThatIsNotBase64IsRefused() {
		assertThatExceptionOfType(TusMetadata.InvalidException.class)
			.isThrownBy(() -> TusMetadata.parse("type IMAGING_STUDY!"))
			.withMessageContaining("not Base64");
	}

	@Test
	void aValueThatIsNotUtf8IsRefused() {
		String latin1 = Base64.getEncoder().encodeToString("café".getBytes(StandardCharsets.ISO_8859_1));

		assertThatExceptionOfType(TusMetadata.InvalidException.class)
			.isThrownBy(() -> TusMetadata.parse("filename " + latin1))
			.withMessageContaining("not UTF-8");
	}

	@Test
	void emptyPairsAndKeysOutsidePrintableAsciiAreRefused() {
		assertThatExceptionOfType(TusMetadata.InvalidException.class)
			.isThrownBy(() -> TusMetadata.parse("type " + b64("OTHER") + ",,language " + b64("nl")));
		assertThatExceptionOfType(TusMetadata.InvalidException.class)
			.isThrownBy(() -> TusMetadata.parse("typé " + b64("OTHER")));
	}

	@Test
	void valuesAreBoundedLikeFormFields() {
		String atLimit = "filename " + b64("a".repeat(TusMetadata.MAX_VALUE));
		String above = "filename " + b64("a".repeat(TusMetadata.MAX_VALUE + 1));

		assertThat(TusMetadata.parse(atLimit).get("filename")).hasSize(TusMetadata.MAX_VALUE);
		assertThatExceptionOfType(TusMetadata.InvalidException.class).isThrownBy(() -> TusMetadata.parse(above))
			.withMessageContaining("longer than");
		assertThatExceptionOfType(TusMetadata.InvalidException.class)
			.isThrownBy(() -> TusMetadata.parse("a " + "QUFB".repeat(TusMetadata.MAX_HEADER)));
	}

}
