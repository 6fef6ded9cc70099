package nl.secondopinion.notification.delivery;

import nl.secondopinion.notification.preference.Channel;
import nl.secondopinion.notification.template.Message;

/** Sends one rendered message over one outside channel. */
public interface ChannelSender {

	Channel channel();

	/**
	 * Returns once the server or provider has accepted the message.
	 * @param address e-mail address or phone number
	 * @param message what to send
	 * @param deliveryId stable across attempts: sent along so duplicates can be
	 * recognised
	 * @param handover run right before the message leaves (after connecting, so that a
	 * server that is down fails before it); throws when this worker may no longer send
	 * @throws DeliveryFailedException when it was not accepted
	 */
	void send(String address, Message message, String deliveryId, Runnable handover);

}
