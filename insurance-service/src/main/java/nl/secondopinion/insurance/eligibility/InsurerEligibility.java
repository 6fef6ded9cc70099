package nl.secondopinion.insurance.eligibility;

import java.time.LocalDate;

import nl.secondopinion.insurance.privacy.Bsn;

/** Asks an insurer's eligibility service; implemented by the insurer connectors. */
public interface InsurerEligibility {

	EligibilityResult check(String insurerUzovi, Bsn bsn, LocalDate date);

}
