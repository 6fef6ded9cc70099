package nl.secondopinion.insurance.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.support.time.PlatformDay;

/**
 * The coverage rules for a second opinion (DOMAIN.md section 6), the one place they live:
 * basic insurance pays with a valid referral from a GP or treating specialist, at most 12
 * months old, and the deductible applies; without one only a supplementary package the
 * insurer lists may pay; insured abroad or under a treaty arrangement nothing can be
 * said; not insured means the patient pays; no answer from the insurer means no decision
 * yet. A second opinion about a GP is harder (seed 004): basic insurance pays it only
 * with a referral from a GP, the GP concerned or another one, and only at insurers whose
 * {@link Insurer#basicCoversGpSecondOpinion()} says so.
 * <p>
 * The same rules give the estimate before the insurer is asked ({@link #estimate}) and
 * the decision with the insurer's answer ({@link #decide}), so the two cannot disagree on
 * the facts they share.
 */
public class CoverageDecider {

	static final String GENERAL_PRACTITIONER = "GENERAL_PRACTITIONER";

	private final CoveragePolicy policy;

	public CoverageDecider(CoveragePolicy policy) {
		this.policy = policy;
	}

	/** The decision with the insurer's eligibility answer. */
	public Verdict decide(CoverageBasis basis, Insurer insurer, EligibilityResult eligibility, LocalDate today) {
		return switch (eligibility) {
			case EligibilityResult.Unavailable unavailable ->
				new Verdict(Decision.PENDING, List.of(ReasonCode.INSURER_UNREACHABLE.with()));
			case EligibilityResult.NotInsured notInsured ->
				new Verdict(Decision.NOT_COVERED, List.of(ReasonCode.NOT_INSURED.with(today, insurer.name())));
			case EligibilityResult.Insured insured -> {
				List<Reason> reasons = new ArrayList<>(List.of(ReasonCode.INSURED.with(today, insurer.name())));
				yield assess(basis, insurer, new Insurance(insured.basicInsurance(), insured.supplementaryPackage(),
						insured.treatyArrangement()), today, reasons);
			}
		};
	}

	/**
	 * The same rules before the insurer is asked, on the facts the patient stated: basic
	 * insurance (compulsory for everybody insured in the Netherlands) and the
	 * supplementary package as stated; a treaty arrangement only the insurer can tell.
	 * The decision is never {@code PENDING}; the last reason says it is an estimate.
	 */
	public Verdict estimate(CoverageBasis basis, Insurer insurer, LocalDate today) {
		Verdict verdict = assess(basis, insurer, new Insurance(true, basis.supplementaryPackage(), false), today,
				new ArrayList<>());
		List<Reason> reasons = new ArrayList<>(verdict.reasons());
		reasons.add(ReasonCode.ESTIMATE_BEFORE_INSURER_CHECK.with());
		return new Verdict(verdict.decision(), reasons);
	}

	private Verdict assess(CoverageBasis basis, Insurer insurer, Insurance insurance, LocalDate today,
			List<Reason> reasons) {
		if (basis.insuredAbroad() || insurance.treatyArrangement()) {
			reasons
				.add(basis.insuredAbroad() ? ReasonCode.INSURED_ABROAD.with() : ReasonCode.TREATY_ARRANGEMENT.with());
			reasons.add(ReasonCode.CONTACT_CARE_COST_TEAM.with());
			return new Verdict(Decision.UNCERTAIN, reasons);
		}
		ReasonCode referral = referral(basis, insurer, today);
		if (referral == ReasonCode.REFERRAL_VALID && insurance.basicInsurance()) {
			LocalDate issued = basis.referralIssuedAt().atZone(PlatformDay.ZONE).toLocalDate();
			reasons.add(ReasonCode.REFERRAL_VALID.with(issued));
			reasons.add(ReasonCode.DEDUCTIBLE_APPLIES.with(this.policy.deductible().toPlainString(), today.getYear()));
			reasons.add(ReasonCode.CHECK_POLICY.with());
			return new Verdict(Decision.COVERED_BASIC, reasons);
		}
		reasons.add((referral == ReasonCode.REFERRAL_VALID) ? ReasonCode.NO_BASIC_INSURANCE.with() : referral.with());
		String supplementary = insurance.supplementaryPackage();
		if (supplementary == null || supplementary.isBlank()) {
			reasons.add(ReasonCode.NO_SUPPLEMENTARY.with());
			return new Verdict(Decision.NOT_COVERED, reasons);
		}
		if (insurer.paysSecondOpinionWithoutReferral(supplementary)) {
			reasons.add(ReasonCode.SUPPLEMENTARY_PAYS.with(supplementary));
			reasons.add(ReasonCode.CHECK_POLICY.with());
			return new Verdict(Decision.COVERED_SUPPLEMENTARY, reasons);
		}
		reasons.add(ReasonCode.SUPPLEMENTARY_DOES_NOT_PAY.with(supplementary));
		return new Verdict(Decision.NOT_COVERED, reasons);
	}

	/**
	 * What the referral means for basic insurance. For a second opinion about a GP the
	 * insurer's setting comes first (asking for a referral is no advice when none would
	 * count), and a valid referral must come from a GP: a specialist does not refer for
	 * GP care.
	 */
	private ReasonCode referral(CoverageBasis basis, Insurer insurer, LocalDate today) {
		boolean aboutGp = GENERAL_PRACTITIONER.equals(basis.treatingDoctorLevel());
		if (aboutGp && !insurer.basicCoversGpSecondOpinion()) {
			return ReasonCode.GP_SECOND_OPINION_NOT_IN_BASIC;
		}
		switch (basis.referralStatus()) {
			case "PRESENT":
				break;
			case "REFUSED":
				return ReasonCode.REFERRAL_REFUSED;
			default:
				return ReasonCode.NO_REFERRAL;
		}
		String role = basis.referrerRole();
		if (!"gp".equals(role) && !"specialist".equals(role)) {
			return ReasonCode.REFERRAL_NOT_FROM_GP_OR_SPECIALIST;
		}
		if (basis.referralIssuedAt() == null) {
			return ReasonCode.NO_REFERRAL;
		}
		// How long a referral counts is the referral's own rule (12 months, set by the
		// referral service as validUntil); this service does not count again.
		LocalDate validUntil = basis.referralValidUntil();
		if (validUntil == null || validUntil.isBefore(today)) {
			return ReasonCode.REFERRAL_EXPIRED;
		}
		return (aboutGp && !"gp".equals(role)) ? ReasonCode.GP_SECOND_OPINION_NEEDS_GP_REFERRAL
				: ReasonCode.REFERRAL_VALID;
	}

	/**
	 * What is known of the person's insurance: the insurer's answer, or the statement.
	 */
	private record Insurance(boolean basicInsurance, @Nullable String supplementaryPackage, boolean treatyArrangement) {

	}

}
