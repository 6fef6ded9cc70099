package nl.secondopinion.notification.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import nl.secondopinion.notification.delivery.ChannelSender;
import nl.secondopinion.notification.delivery.DeliveryFailedException;
import nl.secondopinion.notification.delivery.DeliveryFailedException.Outcome;
import nl.secondopinion.notification.preference.Channel;
import nl.secondopinion.notification.template.Message;

/**
 * E-mail over SMTP with the server settings of {@code spring.mail.*}. The connection is
 * opened before the hand-over is announced, so a server that is down fails a delivery
 * that is certainly not sent. The delivery id goes along as Message-ID and
 * {@code X-SecondOpinion-Delivery}, so a mail replayed from the dead letters can be
 * recognised as the same one.
 */
@Component
class EmailChannel implements ChannelSender {

	private final JavaMailSenderImpl mail;

	private final MailProperties properties;

	EmailChannel(JavaMailSenderImpl mail, MailProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public void send(String address, Message message, String deliveryId, Runnable handover) {
		MimeMessage mime = build(address, message, deliveryId);
		Transport transport = connect();
		try {
			handover.run();
			transport.sendMessage(mime, mime.getAllRecipients());
		}
		catch (SendFailedException ex) {
			// The server answered: refused addresses will stay refused, anything else may
			// pass.
			boolean refused = ex.getInvalidAddresses() != null && ex.getInvalidAddresses().length > 0;
			throw new DeliveryFailedException(refused ? Outcome.REJECTED : Outcome.RETRY, "SMTP: " + describe(ex));
		}
		catch (MessagingException ex) {
			// Without an answer (timeout, connection lost) the mail may have been
			// accepted.
			boolean unanswered = NestedExceptionUtils.getMostSpecificCause(ex) instanceof IOException;
			throw new DeliveryFailedException(unanswered ? Outcome.IN_DOUBT : Outcome.RETRY, "SMTP: " + describe(ex));
		}
		finally {
			try {
				transport.close();
			}
			catch (MessagingException ex) {
				// The server has answered the message already; closing is courtesy.
			}
		}
	}

	private MimeMessage build(String address, Message message, String deliveryId) {
		try {
			MimeMessage mime = new IdentifiedMessage(this.mail.getSession(), deliveryId);
			mime.setFrom(new InternetAddress(this.properties.from()));
			mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(address, true));
			mime.setSubject(message.title(), StandardCharsets.UTF_8.name());
			mime.setText(message.body(), StandardCharsets.UTF_8.name());
			mime.setHeader("X-SecondOpinion-Delivery", deliveryId);
			mime.setSentDate(new Date());
			mime.saveChanges();
			return mime;
		}
		catch (MessagingException ex) {
			throw new DeliveryFailedException(Outcome.REJECTED,
					"Invalid address or message: " + ex.getClass().getSimpleName());
		}
	}

	private Transport connect() {
		try {
			Transport transport = this.mail.getSession().getTransport(protocol());
			transport.connect(this.mail.getHost(), this.mail.getPort(), emptyAsNull(this.mail.getUsername()),
					emptyAsNull(this.mail.getPassword()));
			return transport;
		}
		catch (MessagingException ex) {
			throw new DeliveryFailedException(Outcome.RETRY, "SMTP: " + describe(ex));
		}
	}

	private String protocol() {
		String protocol = this.mail.getProtocol();
		return (protocol != null) ? protocol : "smtp";
	}

	private static @Nullable String emptyAsNull(@Nullable String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	// Exception classes only: JavaMail's messages quote addresses and server replies.
	private static String describe(Exception ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		return ex.getClass().getSimpleName() + ((root != ex) ? " (" + root.getClass().getSimpleName() + ")" : "");
	}

	/** Keeps the Message-ID we set instead of the random one JavaMail would generate. */
	private static final class IdentifiedMessage extends MimeMessage {

		private final String messageId;

		IdentifiedMessage(Session session, String deliveryId) {
			super(session);
			this.messageId = "<" + deliveryId + "@notification.secondopinion.nl>";
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
