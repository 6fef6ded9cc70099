package nl.secondopinion.insurance.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.privacy.BsnVault;
import nl.secondopinion.support.time.PlatformDay;

/**
 * Eligibility with today's positive answers cached: insurers update their data daily, so
 * a positive answer holds for the rest of the (Dutch) day. Negative and missing answers
 * are never cached: a new policy or a recovered insurer must show at once. Keys hold a
 * keyed fingerprint, not the number.
 */
public class Eligibilities {

	private static final int MAX_ENTRIES = 50_000;

	private final InsurerEligibility insurers;

	private final BsnVault vault;

	private final Clock clock;

	private final Map<Key, EligibilityResult.Insured> today = new ConcurrentHashMap<>();

	/** The date the cached answers are for. */
	private volatile LocalDate day = LocalDate.MIN;

	public Eligibilities(InsurerEligibility insurers, BsnVault vault, Clock clock) {
		this.insurers = insurers;
		this.vault = vault;
		this.clock = clock;
	}

	public LocalDate today() {
		return PlatformDay.today(this.clock);
	}

	/**
	 * Eligibility on {@code date}, normally {@link #today()}. The caller reads the date
	 * once and passes it here and to whatever explains the answer, so that both speak of
	 * the same day even when the call spans midnight.
	 */
	public EligibilityResult check(String insurerUzovi, Bsn bsn, LocalDate date) {
		Key key = new Key(insurerUzovi, this.vault.fingerprint(bsn), date);
		EligibilityResult.Insured cached = this.today.get(key);
		if (cached != null) {
			return cached.fromCache();
		}
		EligibilityResult result = this.insurers.check(insurerUzovi, bsn, date);
		if (result instanceof EligibilityResult.Insured insured) {
			remember(key, insured);
		}
		return result;
	}

	private void remember(Key key, EligibilityResult.Insured insured) {
		if (key.date().isAfter(this.day)) {
			// A new Dutch day: yesterday's answers are never read again.
			this.today.clear();
			this.day = key.date();
		}
		if (this.today.size() >= MAX_ENTRIES) {
			this.today.clear();
		}
		this.today.put(key, insured);
	}

	/** Forgets every cached answer, e.g. after an insurer reported a data correction. */
	public void forgetAll() {
		this.today.clear();
	}

	private record Key(String insurerUzovi, String bsnFingerprint, LocalDate date) {

	}

}
