package nl.secondopinion.dossier.access;

/** What a caller may do with one dossier. */
public enum Access {

	/** Patient, or a representative with consent: sees and adds everything. */
	OWNER(true, true, true, true),
	/**
	 * Treating doctor, the named GP or the referring doctor: adds, sees what they added,
	 * and reads the checklist with who must deliver each item.
	 */
	CONTRIBUTOR(false, true, true, false),
	/**
	 * The assigned consultant while the patient's grant is valid and the case has not
	 * ended: sees everything.
	 */
	CONSULTANT(true, false, true, false),
	/**
	 * Intake coordinator of the consultant's institution, or another service: the
	 * checklist only.
	 */
	CHECKLIST(false, false, true, false),
	/** Anybody else, including insurer mediators: nothing, not even that it exists. */
	NONE(false, false, false, false);

	private final boolean readsAll;

	private final boolean adds;

	private final boolean readsChecklist;

	private final boolean manages;

	Access(boolean readsAll, boolean adds, boolean readsChecklist, boolean manages) {
		this.readsAll = readsAll;
		this.adds = adds;
		this.readsChecklist = readsChecklist;
		this.manages = manages;
	}

	public boolean readsAll() {
		return this.readsAll;
	}

	public boolean adds() {
		return this.adds;
	}

	public boolean readsChecklist() {
		return this.readsChecklist;
	}

	/** Grants, the access log and destruction requests: the patient's own decisions. */
	public boolean manages() {
		return this.manages;
	}

	public boolean readsOwn() {
		return this.readsAll || this.adds;
	}

}
