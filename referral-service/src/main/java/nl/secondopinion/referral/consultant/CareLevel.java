package nl.secondopinion.referral.consultant;

/**
 * The professional level of a care provider. A second opinion is given at the same level
 * as the treating doctor: a nurse does not review a surgeon.
 */
public enum CareLevel {

	GENERAL_PRACTITIONER, MEDICAL_SPECIALIST, DENTIST, DENTAL_SPECIALIST, ELDERLY_CARE_PHYSICIAN, NURSE_SPECIALIST,
	NURSE

}
