package nl.secondopinion.referral.request;

/** Who holds a record the dossier still lacks, as the dossier service names them. */
public enum RecordHolder {

	PATIENT, TREATING_DOCTOR, GP

}
