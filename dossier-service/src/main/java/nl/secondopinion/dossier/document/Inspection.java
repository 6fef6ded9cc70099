package nl.secondopinion.dossier.document;

import java.util.List;

/** What the content turned out to be, and the studies in it when it is DICOM. */
record Inspection(ContentKind kind, List<DicomStudy> studies) {

}
