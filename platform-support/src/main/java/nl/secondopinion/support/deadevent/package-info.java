/**
 * Events a receiver refused (a 4xx other than 408 and 429), parked with the reason
 * instead of blocking the outbox or being dropped: the store every relay parks them in
 * ({@link nl.secondopinion.support.deadevent.DeadEvents}, collection
 * {@code dead_events}), and the platform admin's endpoint to list and replay them.
 */
@NullMarked
package nl.secondopinion.support.deadevent;

import org.jspecify.annotations.NullMarked;
