package nl.secondopinion.dossier.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.crypto.tink.StreamingAead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DataKeysTest {

	private static final String MASTER = Base64.getEncoder()
		.encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

	private static DataKeys keys(String master) throws Exception {
		return new DataKeys(new EncryptionProperties(master, "unused"));
	}

	@Test
	void aDataKeyEncryptsAndDecryptsAStream() throws Exception {
		DataKeys keys = keys(MASTER);
		StreamingAead cipher = keys.unwrap(keys.newWrappedKey("r1"), "r1");
		byte[] plain = "medical content".repeat(100_000).getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		try (OutputStream out = cipher.newEncryptingStream(sealed, "r1/d1".getBytes(StandardCharsets.UTF_8))) {
			out.write(plain);
		}

		byte[] opened = cipher
			.newDecryptingStream(new ByteArrayInputStream(sealed.toByteArray()),
					"r1/d1".getBytes(StandardCharsets.UTF_8))
			.readAllBytes();

		assertThat(opened).isEqualTo(plain);
		assertThat(new String(sealed.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("medical content");
	}

	@Test
	void aWrappedKeyOpensOnlyForItsOwnDossier() throws Exception {
		DataKeys keys = keys(MASTER);
		byte[] wrapped = keys.newWrappedKey("r1");

		assertThatIllegalStateException().isThrownBy(() -> keys.unwrap(wrapped, "r2"));
	}

	@Test
	void anotherMasterKeyOpensNothing() throws Exception {
		byte[] wrapped = keys(MASTER).newWrappedKey("r1");
		String other = Base64.getEncoder()
			.encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

		assertThatIllegalStateException().isThrownBy(() -> keys(other).unwrap(wrapped, "r1"));
	}

	@Test
	void aMasterKeyOfTheWrongLengthStopsTheService() {
		assertThatIllegalStateException().isThrownBy(() -> keys(Base64.getEncoder().encodeToString(new byte[16])));
	}

}
