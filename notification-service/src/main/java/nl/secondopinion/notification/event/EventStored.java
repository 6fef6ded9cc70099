package nl.secondopinion.notification.event;

/** Published after a new event is stored, so that dispatch need not wait for its poll. */
public record EventStored(String eventId) {

}
