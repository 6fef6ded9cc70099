package nl.secondopinion.referral.request;

/** How the second opinion relates to the first diagnosis and plan. */
public enum ReportOutcome {

	CONFIRMS, REFINES, DIFFERS, NO_CONCLUSION

}
