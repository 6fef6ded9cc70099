/**
 * Resumable uploads: a file arrives in pieces over as many requests as the connection
 * needs, each piece encrypted as it arrives, and becomes a document through the same
 * checks as any upload once its last byte is there.
 */
@NullMarked
package nl.secondopinion.dossier.upload;

import org.jspecify.annotations.NullMarked;
