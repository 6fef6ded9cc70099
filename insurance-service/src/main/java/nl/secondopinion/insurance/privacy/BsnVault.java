package nl.secondopinion.insurance.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps a citizen service number only as long as a pending check needs it, and only
 * encrypted (AES-256-GCM, the check id as associated data so a sealed number cannot be
 * moved to another check). Also gives a keyed fingerprint for in-memory cache keys, so no
 * map holds the plain number.
 */
public class BsnVault {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec fingerprintKey;

	private final SecureRandom random = new SecureRandom();

	public BsnVault(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("The BSN key must be 32 bytes (base64 of 256 bits)");
		}
		this.encryptionKey = new SecretKeySpec(key, "AES");
		this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "fingerprint"),
				"HmacSHA256");
	}

	public String seal(Bsn bsn, String checkId) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(checkId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII));
			byte[] out = new byte[IV_BYTES + sealed.length];
			System.arraycopy(iv, 0, out, 0, IV_BYTES);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a citizen service number", ex);
		}
	}

	public Bsn open(String sealed, String checkId) {
		try {
			byte[] in = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			cipher.updateAAD(checkId.getBytes(StandardCharsets.UTF_8));
			String digits = new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.US_ASCII);
			return Bsn.parse(digits).orElseThrow(() -> new IllegalStateException("Sealed value is no valid BSN"));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Could not open a sealed citizen service number", ex);
		}
	}

	public String fingerprint(Bsn bsn) {
		return HexFormat.of().formatHex(hmac(this.fingerprintKey, bsn.digits()));
	}

	private static byte[] hmac(SecretKeySpec key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
