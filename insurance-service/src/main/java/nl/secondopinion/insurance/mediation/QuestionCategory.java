package nl.secondopinion.insurance.mediation;

/** Why the patient asks a second opinion: a category, never the question itself. */
public enum QuestionCategory {

	DOUBT_ABOUT_DIAGNOSIS, DOUBT_ABOUT_TREATMENT, IMPORTANT_DECISION, PERSISTING_COMPLAINTS, CONFIRMATION, NO_DIAGNOSIS

}
