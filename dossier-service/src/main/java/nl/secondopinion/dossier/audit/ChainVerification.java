package nl.secondopinion.dossier.audit;

import org.jspecify.annotations.Nullable;

/**
 * @param intact whether every entry's hash matches and links to the one before
 * @param entries how many entries were checked
 * @param firstBrokenSeq the first entry that does not match, if any
 */
public record ChainVerification(String requestId, boolean intact, long entries, @Nullable Long firstBrokenSeq) {

}
