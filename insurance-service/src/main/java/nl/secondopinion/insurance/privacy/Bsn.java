package nl.secondopinion.insurance.privacy;

import java.util.Optional;

/**
 * A Dutch citizen service number (burgerservicenummer) that passed the eleven-test. Its
 * {@link #toString()} is masked, so the number cannot reach a log line or an answer by
 * accident; only {@link #digits()} gives the full number, for the insurer call and the
 * sealed copy a pending check keeps.
 */
public final class Bsn {

	private final String digits;

	private Bsn(String digits) {
		this.digits = digits;
	}

	/**
	 * Reads a number as people type it (spaces and dots between groups allowed), or
	 * nothing when it is not nine digits or fails the eleven-test.
	 */
	public static Optional<Bsn> parse(String input) {
		String digits = input.replace(" ", "").replace(".", "");
		if (!digits.matches("\\d{9}") || !passesElevenTest(digits)) {
			return Optional.empty();
		}
		return Optional.of(new Bsn(digits));
	}

	/**
	 * The eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11, and the
	 * number may not be all zeros.
	 */
	static boolean passesElevenTest(String digits) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		sum -= digits.charAt(8) - '0';
		return sum % 11 == 0 && !digits.equals("000000000");
	}

	public String digits() {
		return this.digits;
	}

	/** Only the last three digits, e.g. {@code ******019}. */
	public String masked() {
		return "******" + this.digits.substring(6);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Bsn bsn && bsn.digits.equals(this.digits);
	}

	@Override
	public int hashCode() {
		return this.digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

}
