package io.parallax.web.reminder;

import io.parallax.web.TestIdentity;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The reminder e-mails that reached the tests' mail sink (GreenMail), by recipient. */
public final class ReminderMails {

  /** One mail as a person reads it: its subject and its decoded text. */
  public record Mail(String subject, String text) {}

  private ReminderMails() {}

  /** The Parallax reminders (subject starting "Parallax:") whose recipient matches {@code to}. */
  public static List<Mail> to(String recipientPattern) throws Exception {
    List<Mail> found = new ArrayList<>();
    for (MimeMessage message : TestIdentity.mail().getReceivedMessages()) {
      for (Address recipient : message.getAllRecipients()) {
        if (recipient.toString().matches(recipientPattern)
            && message.getSubject() != null
            && message.getSubject().startsWith("Parallax:")) {
          found.add(new Mail(message.getSubject(), message.getContent().toString()));
        }
      }
    }
    return found;
  }
}
