package nl.secondopinion.notification.client.sms;

import org.springframework.stereotype.Component;

import nl.secondopinion.notification.delivery.ChannelSender;
import nl.secondopinion.notification.preference.Channel;
import nl.secondopinion.notification.template.Message;

@Component
class SmsChannel implements ChannelSender {

	private final SmsClient client;

	private final SmsProperties properties;

	SmsChannel(SmsClient client, SmsProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public void send(String address, Message message, String deliveryId, Runnable handover) {
		handover.run();
		this.client.send(new SmsRequest(address, this.properties.sender(), message.body(), deliveryId));
	}

}
