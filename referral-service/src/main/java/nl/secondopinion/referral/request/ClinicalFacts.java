package nl.secondopinion.referral.request;

/** What the dossier checklist and the site's intake limits depend on. */
public record ClinicalFacts(boolean treatedAbroad, boolean imagingDone, boolean pathologyDone, boolean operated,
		boolean insuredAbroad) {

}
