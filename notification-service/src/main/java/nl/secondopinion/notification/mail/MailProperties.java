package nl.secondopinion.notification.mail;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param from the sender address of every mail
 */
@Validated
@ConfigurationProperties("secondopinion.notification.mail")
record MailProperties(@NotBlank String from) {

}
