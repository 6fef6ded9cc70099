package nl.secondopinion.dossier.audit;

/** What was done (or attempted) with a dossier, in the access log's words. */
public enum AuditAction {

	DOCUMENT_CREATE("heeft een document toegevoegd", "added a document"),
	DOCUMENT_LIST("heeft de lijst van documenten bekeken", "viewed the list of documents"),
	DOCUMENT_READ("heeft de gegevens van een document bekeken", "viewed a document's details"),
	DOCUMENT_DOWNLOAD("heeft een document gedownload", "downloaded a document"),
	DOCUMENT_DELETE("heeft een document verwijderd", "deleted a document"),
	STUDY_STORE("heeft beelden (DICOM) toegevoegd", "added imaging (DICOM)"),
	CHECKLIST_READ("heeft de checklist bekeken", "viewed the checklist"),
	ADDITIONAL_ITEM_REQUEST("heeft om een aanvullend document gevraagd", "asked for an additional document"),
	ADDITIONAL_ITEM_WITHDRAW("heeft een vraag om een aanvullend document ingetrokken",
			"withdrew a request for an additional document"),
	GRANT_CREATE("heeft toegang gegeven aan een consulent", "gave a consultant access"),
	GRANT_REVOKE("heeft de toegang van een consulent ingetrokken", "revoked a consultant's access"),
	GRANT_LIST("heeft de toegangsrechten bekeken", "viewed the access rights"),
	ACCESS_LOG_READ("heeft het toegangslogboek bekeken", "viewed the access log"),
	ACCESS_LOG_VERIFY("heeft het toegangslogboek gecontroleerd", "verified the access log"),
	DESTRUCTION_REQUEST("heeft gevraagd het dossier te vernietigen", "asked for the dossier to be destroyed"),
	DESTRUCTION("heeft het dossier vernietigd", "destroyed the dossier"),
	LEGAL_HOLD("heeft een juridische bewaarplicht gewijzigd", "changed a legal hold");

	private final String nl;

	private final String en;

	AuditAction(String nl, String en) {
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
