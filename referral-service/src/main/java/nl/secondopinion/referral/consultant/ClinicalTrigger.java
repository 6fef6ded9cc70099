package nl.secondopinion.referral.consultant;

/** Clinical facts of a request that an intake limit can depend on. */
public enum ClinicalTrigger {

	TREATED_ABROAD, OPERATED, IMAGING_DONE, PATHOLOGY_DONE, INSURED_ABROAD

}
