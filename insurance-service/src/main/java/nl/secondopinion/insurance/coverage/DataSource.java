package nl.secondopinion.insurance.coverage;

import java.time.Instant;

/**
 * One source a decision rests on and when it was read.
 *
 * @param cached the insurer's answer came from today's cache
 */
public record DataSource(Source source, String name, Instant at, boolean cached) {

}
