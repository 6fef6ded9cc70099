@NullMarked
package nl.secondopinion.dossier.document.dicom;

import org.jspecify.annotations.NullMarked;
