package io.parallax.ejb.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a reminder over SMTP (Jakarta Mail) through the settings Parallax shares with Keycloak's
 * invitations: {@code PARALLAX_SMTP_HOST}, {@code PARALLAX_SMTP_PORT}, {@code PARALLAX_MAIL_FROM}.
 * Without a host, no reminder is sent. Plain text, UTF-8; short time-outs, so an SMTP server that
 * does not answer fails the send instead of holding the run.
 */
@ApplicationScoped
public class ReminderMail {

  @Inject
  @ConfigProperty(name = "parallax.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "parallax.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "parallax.mail.from", defaultValue = "no-reply@parallax.invalid")
  String from;

  @Inject
  @ConfigProperty(name = "parallax.base.url", defaultValue = "http://localhost:8080")
  String baseUrl;

  /** Whether an SMTP server is configured. */
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Where Parallax answers, without a trailing slash: the start of every link in a reminder. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Sends one plain-text mail to {@code to}. */
  public void send(String to, String subject, String body) throws MessagingException {
    Properties settings = new Properties();
    settings.put("mail.transport.protocol", "smtp");
    settings.put("mail.smtp.host", host.orElseThrow());
    settings.put("mail.smtp.port", Integer.toString(port));
    settings.put("mail.smtp.connectiontimeout", "10000");
    settings.put("mail.smtp.timeout", "10000");
    settings.put("mail.smtp.writetimeout", "10000");
    MimeMessage message = new MimeMessage(Session.getInstance(settings));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    Transport.send(message);
  }
}
