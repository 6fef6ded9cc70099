package nl.secondopinion.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** GreenMail on a fixed free port, so that it can be stopped and started again. */
public final class Mailbox {

	private final int port;

	private GreenMail server;

	public Mailbox() {
		this.port = freePort();
		this.server = newServer();
		this.server.start();
	}

	public int port() {
		return this.port;
	}

	public void stop() {
		this.server.stop();
	}

	public void start() {
		this.server = newServer();
		this.server.start();
	}

	public void purge() {
		this.server.reset();
	}

	public List<MimeMessage> all() {
		return Arrays.asList(this.server.getReceivedMessages());
	}

	public List<MimeMessage> to(String address) {
		return all().stream().filter((message) -> recipients(message).contains(address)).toList();
	}

	public static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String text(MimeMessage message) {
		try {
			return message.getSubject() + "\n" + message.getContent();
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return (values == null) ? "" : values[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private GreenMail newServer() {
		return new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
