package nl.secondopinion.dossier.document;

/** Who must deliver a missing checklist item. */
public enum Holder {

	/** The patient side: the patient, or a representative with consent. */
	PATIENT,
	/** The treating doctor of the case. */
	TREATING_DOCTOR,
	/** The GP the request names. */
	GP

}
