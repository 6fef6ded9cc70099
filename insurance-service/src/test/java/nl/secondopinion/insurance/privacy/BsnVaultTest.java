package nl.secondopinion.insurance.privacy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsnVaultTest {

	private final BsnVault vault = new BsnVault(
			Base64.getDecoder().decode("RyMQnCJaV+v+nCFvaQoG4SQZEAv5oy0mA34fJuE8kFA="));

	private final Bsn bsn = Bsn.parse("999990019").orElseThrow();

	@Test
	void whenSealed_thenTheNumberIsNotReadableAndOpensOnlyForTheSameCheck() {
		String sealed = this.vault.seal(this.bsn, "check-1");

		assertThat(sealed).doesNotContain("999990019");
		assertThat(new String(Base64.getDecoder().decode(sealed))).doesNotContain("999990019");
		assertThat(this.vault.open(sealed, "check-1")).isEqualTo(this.bsn);
		assertThatThrownBy(() -> this.vault.open(sealed, "check-2")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void whenSealedTwice_thenTheCiphertextsDiffer() {
		assertThat(this.vault.seal(this.bsn, "c")).isNotEqualTo(this.vault.seal(this.bsn, "c"));
	}

	@Test
	void whenFingerprinted_thenStableButNotTheNumber() {
		assertThat(this.vault.fingerprint(this.bsn)).isEqualTo(this.vault.fingerprint(this.bsn))
			.doesNotContain("999990019")
			.isNotEqualTo(this.vault.fingerprint(Bsn.parse("999990020").orElseThrow()));
	}

	@Test
	void whenKeyHasTheWrongLength_thenTheVaultRefusesToStart() {
		assertThatThrownBy(() -> new BsnVault(new byte[16])).isInstanceOf(IllegalArgumentException.class);
	}

}
