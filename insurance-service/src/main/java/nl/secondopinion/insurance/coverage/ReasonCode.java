package nl.secondopinion.insurance.coverage;

/**
 * Every reason a decision can give, in plain Dutch and English. {@code %s} placeholders
 * take values such as a package name, an amount or a date, never medical content.
 */
public enum ReasonCode {

	INSURED("U bent op %s verzekerd bij %s.", "You are insured with %2$s on %1$s.", Source.INSURER_ELIGIBILITY),
	NOT_INSURED(
			"Volgens %2$s bent u op %1$s niet bij hen verzekerd. Zonder verzekering betaalt u de second opinion zelf.",
			"According to %2$s you are not insured with them on %1$s. Without insurance you pay for the second opinion yourself.",
			Source.INSURER_ELIGIBILITY),
	NO_BASIC_INSURANCE("U heeft bij deze verzekeraar geen basisverzekering.",
			"You have no basic insurance with this insurer.", Source.INSURER_ELIGIBILITY),
	REFERRAL_VALID(
			"Er is een geldige verwijzing van uw huisarts of behandelend specialist (afgegeven op %s): de basisverzekering vergoedt de second opinion.",
			"There is a valid referral from your GP or treating specialist (issued on %s): basic insurance reimburses the second opinion.",
			Source.REQUEST_CONTEXT),
	NO_REFERRAL("Er is geen verwijzing. Zonder verwijzing vergoedt de basisverzekering een second opinion niet.",
			"There is no referral. Without a referral basic insurance does not reimburse a second opinion.",
			Source.REQUEST_CONTEXT),
	REFERRAL_REFUSED(
			"Uw arts heeft de verwijzing geweigerd. Zonder verwijzing vergoedt de basisverzekering een second opinion niet.",
			"Your doctor refused the referral. Without a referral basic insurance does not reimburse a second opinion.",
			Source.REQUEST_CONTEXT),
	REFERRAL_EXPIRED(
			"De verwijzing is ouder dan 12 maanden en niet meer geldig. Vraag uw huisarts of behandelend specialist om een nieuwe.",
			"The referral is older than 12 months and no longer valid. Ask your GP or treating specialist for a new one.",
			Source.REQUEST_CONTEXT),
	REFERRAL_NOT_FROM_GP_OR_SPECIALIST(
			"De verwijzing komt niet van een huisarts of behandelend specialist en telt daarom niet voor de basisverzekering.",
			"The referral does not come from a GP or treating specialist, so it does not count for basic insurance.",
			Source.REQUEST_CONTEXT),
	GP_SECOND_OPINION_NOT_IN_BASIC(
			"Uw second opinion gaat over een huisarts. Uw verzekeraar vergoedt een second opinion over een huisarts niet uit de basisverzekering, ook niet met een verwijzing.",
			"Your second opinion is about a GP. Your insurer does not reimburse a second opinion about a GP from basic insurance, not even with a referral.",
			Source.POLICY_RULES),
	GP_SECOND_OPINION_NEEDS_GP_REFERRAL(
			"Uw second opinion gaat over een huisarts. Daarvoor telt voor de basisverzekering alleen een verwijzing van een huisarts (die huisarts zelf of een andere huisarts), niet van een specialist.",
			"Your second opinion is about a GP. For that, basic insurance only counts a referral from a GP (that GP or another GP), not one from a specialist.",
			Source.POLICY_RULES),
	DEDUCTIBLE_APPLIES(
			"Het verplichte eigen risico van € %s (%s) is van toepassing: kosten tot dat bedrag betaalt u zelf, voor zover u het dit jaar nog niet heeft verbruikt.",
			"The compulsory own-risk deductible of € %s (%s) applies: you pay costs up to that amount yourself, as far as you have not used it up this year.",
			Source.POLICY_RULES),
	SUPPLEMENTARY_PAYS(
			"Uw aanvullende verzekering \"%s\" vergoedt een second opinion zonder verwijzing, tot het maximum in uw polis. Het eigen risico geldt hier niet.",
			"Your supplementary insurance \"%s\" reimburses a second opinion without a referral, up to the maximum in your policy. The own-risk deductible does not apply to it.",
			Source.POLICY_RULES),
	SUPPLEMENTARY_DOES_NOT_PAY(
			"Uw aanvullende verzekering \"%s\" vergoedt een second opinion zonder verwijzing niet. U betaalt dan zelf.",
			"Your supplementary insurance \"%s\" does not reimburse a second opinion without a referral. You would pay yourself.",
			Source.POLICY_RULES),
	NO_SUPPLEMENTARY(
			"U heeft geen aanvullende verzekering die dit zonder verwijzing kan vergoeden. U betaalt dan zelf.",
			"You have no supplementary insurance that could pay for this without a referral. You would pay yourself.",
			Source.INSURER_ELIGIBILITY),
	INSURED_ABROAD("U bent in het buitenland verzekerd: of de kosten worden vergoed is zeer onzeker.",
			"You are insured abroad: whether the costs are reimbursed is very uncertain.", Source.REQUEST_CONTEXT),
	TREATY_ARRANGEMENT("U bent verzekerd via een verdragsregeling: of de kosten worden vergoed is zeer onzeker.",
			"You are insured under a treaty arrangement: whether the costs are reimbursed is very uncertain.",
			Source.INSURER_ELIGIBILITY),
	CONTACT_CARE_COST_TEAM(
			"Neem vóór u een afspraak maakt contact op met het team zorgkosten van het ziekenhuis van de second opinion.",
			"Before you make an appointment, contact the care-cost team of the second-opinion hospital.",
			Source.POLICY_RULES),
	INSURER_UNREACHABLE(
			"We konden uw verzekeraar nu niet bereiken. We controleren het later opnieuw en laten u de uitkomst weten; tot dan is er geen besluit.",
			"We could not reach your insurer just now. We will check again later and let you know; until then there is no decision.",
			Source.INSURER_ELIGIBILITY),
	ESTIMATE_BEFORE_INSURER_CHECK(
			"Dit is een inschatting op basis van wat over uw verwijzing en verzekering bekend is, nog zonder uw verzekeraar te vragen. De controle bij uw verzekeraar beslist.",
			"This is an estimate from what is known about your referral and insurance, before asking your insurer. The check with your insurer decides.",
			Source.POLICY_RULES),
	CHECK_POLICY(
			"Kijk voor de precieze voorwaarden in uw polis; als de verzekeraar de kosten niet accepteert, betaalt u zelf.",
			"Check your policy for the exact conditions; if the insurer does not accept the costs, you pay yourself.",
			Source.POLICY_RULES);

	private final String dutch;

	private final String english;

	private final Source source;

	ReasonCode(String dutch, String english, Source source) {
		this.dutch = dutch;
		this.english = english;
		this.source = source;
	}

	public Reason with(Object... values) {
		return new Reason(name(), this.dutch.formatted(values), this.english.formatted(values), this.source);
	}

}
