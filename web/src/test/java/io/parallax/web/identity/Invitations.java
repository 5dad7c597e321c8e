package io.parallax.web.identity;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.parallax.web.TestIdentity;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The invitation e-mails Keycloak delivered to the tests' mail sink (GreenMail). */
public final class Invitations {

  private static final Pattern ACTION_LINK =
      Pattern.compile("href=\"(http[^\"]*action-token[^\"]*)\"");

  private Invitations() {}

  /** The action link of the invitation that reached {@code to}; waits up to 30 s for it. */
  public static String link(String to) throws Exception {
    var mail = TestIdentity.mail();
    for (int attempt = 0; attempt < 60; attempt++) {
      for (MimeMessage message : mail.getReceivedMessagesForDomain(to)) {
        Matcher link =
            ACTION_LINK.matcher(
                GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        if (link.find()) {
          return link.group(1).replace("&amp;", "&");
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No invitation e-mail with a link reached " + to);
  }
}
