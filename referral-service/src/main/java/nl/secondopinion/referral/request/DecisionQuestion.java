package nl.secondopinion.referral.request;

/**
 * The ten questions that help a patient decide after the report, as seed 002 asks them.
 */
public enum DecisionQuestion {

	PAIN_AND_DISCOMFORT("Hoeveel pijn en ongemak geeft de behandeling?",
			"How much pain and discomfort does the treatment cause?"),
	SUCCESS_AND_COMPLICATION_RISKS("Wat is er bekend over de kans van slagen en de risico's op complicaties?",
			"What is known about the chance of success and the risk of complications?"),
	DOCTOR_EXPERIENCE("Heeft de behandelend arts veel ervaring met de behandeling?",
			"Does the treating doctor have much experience with the treatment?"),
	OPENNESS_TO_QUESTIONS("Staat de behandelend arts open voor vragen?", "Is the treating doctor open to questions?"),
	TRUST("Heeft u vertrouwen in de behandelaar?", "Do you trust the doctor who treats you?"),
	ADVANTAGES("Wat zijn de voordelen van de behandeling?", "What are the advantages of the treatment?"),
	DISADVANTAGES("Wat zijn de nadelen van de behandeling?", "What are the disadvantages of the treatment?"),
	WAITING_TIMES("Wat zijn de wachttijden?", "What are the waiting times?"),
	DURATION("Hoe lang gaat de behandeling duren?", "How long will the treatment take?"),
	TRAVEL("Moeten u en uw naasten er vaak en ver voor reizen?",
			"Will you and your family have to travel often and far for it?");

	private final String nl;

	private final String en;

	DecisionQuestion(String nl, String en) {
		this.nl = nl;
		this.en = en;
	}

	public String nl() {
		return this.nl;
	}

	public String en() {
		return this.en;
	}

}
