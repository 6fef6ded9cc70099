package nl.secondopinion.dossier.document;

/**
 * Published once a dossier's content and metadata are gone, so that what other features
 * keep for it (unfinished uploads) goes too.
 */
public record DossierDestroyed(String requestId) {

}
