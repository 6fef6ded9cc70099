package nl.secondopinion.insurance.coverage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.insurer.Insurer;

/**
 * The coverage rules for a second opinion (DOMAIN.md section 6): basic insurance pays
 * with a valid referral from a GP or treating specialist, at most 12 months old, and the
 * deductible applies; without one only a supplementary package the insurer lists may pay;
 * insured abroad or under a treaty arrangement nothing can be said; not insured means the
 * patient pays; no answer from the insurer means no decision yet.
 */
public class CoverageDecider {

	private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

	private final CoveragePolicy policy;

	public CoverageDecider(CoveragePolicy policy) {
		this.policy = policy;
	}

	public Verdict decide(RequestContext context, Insurer insurer, EligibilityResult eligibility, LocalDate today) {
		return switch (eligibility) {
			case EligibilityResult.Unavailable unavailable ->
				new Verdict(Decision.PENDING, List.of(ReasonCode.INSURER_UNREACHABLE.with()));
			case EligibilityResult.NotInsured notInsured ->
				new Verdict(Decision.NOT_COVERED, List.of(ReasonCode.NOT_INSURED.with(today, insurer.name())));
			case EligibilityResult.Insured insured -> decideInsured(context, insurer, insured, today);
		};
	}

	private Verdict decideInsured(RequestContext context, Insurer insurer, EligibilityResult.Insured insured,
			LocalDate today) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(ReasonCode.INSURED.with(today, insurer.name()));
		if (context.insuredAbroad() || insured.treatyArrangement()) {
			reasons
				.add(context.insuredAbroad() ? ReasonCode.INSURED_ABROAD.with() : ReasonCode.TREATY_ARRANGEMENT.with());
			reasons.add(ReasonCode.CONTACT_CARE_COST_TEAM.with());
			return new Verdict(Decision.UNCERTAIN, reasons);
		}
		ReasonCode referral = referral(context.referral(), today);
		if (referral == ReasonCode.REFERRAL_VALID && insured.basicInsurance()) {
			LocalDate issued = context.referral().issuedAt().atZone(DUTCH_TIME).toLocalDate();
			reasons.add(ReasonCode.REFERRAL_VALID.with(issued));
			reasons.add(ReasonCode.DEDUCTIBLE_APPLIES.with(this.policy.deductible().toPlainString(), today.getYear()));
			reasons.add(ReasonCode.CHECK_POLICY.with());
			return new Verdict(Decision.COVERED_BASIC, reasons);
		}
		reasons.add((referral == ReasonCode.REFERRAL_VALID) ? ReasonCode.NO_BASIC_INSURANCE.with() : referral.with());
		String supplementary = insured.supplementaryPackage();
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

	private ReasonCode referral(RequestContext.Referral referral, LocalDate today) {
		switch (referral.status()) {
			case "PRESENT":
				break;
			case "REFUSED":
				return ReasonCode.REFERRAL_REFUSED;
			default:
				return ReasonCode.NO_REFERRAL;
		}
		String role = referral.referrerRole();
		if (!"gp".equals(role) && !"specialist".equals(role)) {
			return ReasonCode.REFERRAL_NOT_FROM_GP_OR_SPECIALIST;
		}
		if (referral.issuedAt() == null) {
			return ReasonCode.NO_REFERRAL;
		}
		LocalDate issued = referral.issuedAt().atZone(DUTCH_TIME).toLocalDate();
		boolean tooOld = issued.plus(this.policy.referralValidity()).isBefore(today);
		boolean pastValidUntil = referral.validUntil() != null && referral.validUntil().isBefore(today);
		return (tooOld || pastValidUntil) ? ReasonCode.REFERRAL_EXPIRED : ReasonCode.REFERRAL_VALID;
	}

}
