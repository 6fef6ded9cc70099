package nl.secondopinion.notification.template;

/** A text ready for one channel: a title (subject) and a body. */
public record Message(String title, String body) {

}
