package nl.secondopinion.dossier.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.util.SecretBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Envelope encryption: every dossier has its own streaming data key (AES-256-GCM-HKDF, 1
 * MiB segments), stored only wrapped by the master key (AES-256-GCM) with the request id
 * as associated data, so a wrapped key copied to another dossier does not open.
 */
@Component
public class DataKeys {

	private static final Logger log = LoggerFactory.getLogger(DataKeys.class);

	private final Aead master;

	DataKeys(EncryptionProperties properties) throws GeneralSecurityException {
		AeadConfig.register();
		StreamingAeadConfig.register();
		byte[] raw = Base64.getDecoder().decode(properties.masterKey().trim());
		if (raw.length != 32) {
			throw new IllegalStateException("DOSSIER_MASTER_KEY must be base64 of exactly 32 bytes");
		}
		if (properties.masterKey().trim().equals(properties.devMasterKey())) {
			log.warn("Dossier content is encrypted with the DEVELOPMENT master key. Set DOSSIER_MASTER_KEY "
					+ "for any data that is not demo data.");
		}
		AesGcmKey key = AesGcmKey.builder()
			.setParameters(AesGcmParameters.builder()
				.setKeySizeBytes(32)
				.setIvSizeBytes(12)
				.setTagSizeBytes(16)
				.setVariant(AesGcmParameters.Variant.NO_PREFIX)
				.build())
			.setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
			.build();
		KeysetHandle handle = KeysetHandle.newBuilder()
			.addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
			.build();
		this.master = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
	}

	/** A new data key for a dossier, wrapped for storage. */
	public byte[] newWrappedKey(String requestId) {
		try {
			KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
			return TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, this.master, associated(requestId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not create a data key", ex);
		}
	}

	/** The streaming cipher of a dossier; fails when the key was not wrapped for it. */
	public StreamingAead unwrap(byte[] wrappedKey, String requestId) {
		try {
			KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(wrappedKey, this.master,
					associated(requestId));
			return dataKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The dossier's data key does not open with the master key", ex);
		}
	}

	private static byte[] associated(String requestId) {
		return ("dossier:" + requestId).getBytes(StandardCharsets.UTF_8);
	}

}
