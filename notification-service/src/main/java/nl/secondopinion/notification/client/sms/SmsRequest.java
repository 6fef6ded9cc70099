package nl.secondopinion.notification.client.sms;

/**
 * The provider's send request. {@code reference} is our delivery id: the provider uses it
 * to drop a message it has already accepted.
 */
record SmsRequest(String to, String from, String text, String reference) {

}
