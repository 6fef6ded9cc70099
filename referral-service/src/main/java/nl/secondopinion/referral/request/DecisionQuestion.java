package nl.secondopinion.referral.request;

/** The ten questions that help a patient decide after the report. */
public enum DecisionQuestion {

	PAIN_AND_DISCOMFORT, SUCCESS_AND_COMPLICATION_RISKS, DOCTOR_EXPERIENCE, OPENNESS_TO_QUESTIONS, TRUST, ADVANTAGES,
	DISADVANTAGES, WAITING_TIMES, DURATION, TRAVEL

}
