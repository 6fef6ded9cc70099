package nl.secondopinion.insurance.coverage;

/**
 * The latest check of a request, after its basis was compared with the request's current
 * facts.
 *
 * @param recheckNeeded the facts changed but the decision could not be taken again (no
 * number kept, or the request now names an insurer the platform does not know): the
 * patient has to check again
 */
public record CurrentCheck(CoverageCheck check, boolean recheckNeeded) {

}
