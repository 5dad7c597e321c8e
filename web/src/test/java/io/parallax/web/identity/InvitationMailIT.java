package io.parallax.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.TestIdentity;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Parallax Keycloak theme (config/keycloak/themes/parallax) as invitees meet it: the invitation
 * e-mail in the inviter's language naming the school, the invitee and the role, read from the mail
 * sink; the themed set-password page it leads to; the password-reset e-mail in the same theme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationMailIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void aGermanSpeakingOperatorsInvitationIsInGermanAndNamesSchoolRoleAndInvitee() throws Exception {
    String id = "inv-de-" + Long.toHexString(System.nanoTime());
    String admin = "erste@" + id + ".test";
    Api operator =
        Api.as(base, Realm.OPERATOR, Realm.operatorPassword()).inLanguage("de-DE,de;q=0.9");

    var onboarded =
        operator.post(
            "api/v1/schools",
            Map.of(
                "id",
                id,
                "name",
                "Coachingschule Süd " + id,
                "adminEmail",
                admin,
                "adminFirstName",
                "Jürgen",
                "adminLastName",
                "Müller"));

    assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
    MimeMessage mail = mailTo(admin);
    String body = text(mail);
    assertThat(mail.getSubject()).isEqualTo("Ihre Einladung zu Parallax");
    assertThat(body)
        .contains("Guten Tag Jürgen Müller,")
        .contains(
            "Coachingschule Süd " + id + " lädt Sie als Schuladministrator/in zu Parallax ein.")
        .contains("Willkommen!")
        .contains("Dieser Link ist 3 Tage gültig.")
        .contains("action-token");
    ChromeDriver browser = Browser.open();
    try {
      SignIn.openActionLink(browser, Invitations.link(admin));
      assertThat(browser.findElement(By.tagName("body")).getText())
          .contains("Parallax-Passwort festlegen");
      assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("de");
      Browser.screenshot(browser, "keycloak-set-password-de");
    } finally {
      browser.quit();
    }
  }

  @Test
  void anEnglishSpeakingAdminsInvitationIsInEnglishAndLandsOnTheThemedSetPasswordPage()
      throws Exception {
    TestSchool school = TestSchool.onboard("inv-en");
    String invitee = "grace@" + school.id() + ".test";
    Api admin = school.as(school.admin()).inLanguage("en-GB,en;q=0.8");

    var invited =
        admin.post(
            "api/v1/members",
            Map.of(
                "email",
                invitee,
                "firstName",
                "Grace",
                "lastName",
                "Hopper",
                "roles",
                java.util.List.of("SUPERVISOR", "TRAINEE")));

    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    MimeMessage mail = mailTo(invitee);
    String body = text(mail);
    assertThat(mail.getSubject()).isEqualTo("Your invitation to Parallax");
    assertThat(body)
        .contains("Hello Grace Hopper,")
        .contains("School " + school.id() + " invites you to Parallax as a")
        .contains("a supervisor")
        .contains("a trainee")
        .contains("This link works for 3 days.");
    ChromeDriver browser = Browser.open();
    try {
      SignIn.openActionLink(browser, Invitations.link(invitee));
      String page = browser.findElement(By.tagName("body")).getText();
      assertThat(page).contains("Choose your Parallax password");
      // the Parallax stylesheet is on the page, and its header is Parallax's blue
      assertThat(browser.findElements(By.cssSelector("link[href*='parallax.css']")).isEmpty())
          .isFalse();
      Browser.screenshot(browser, "keycloak-set-password-en");
      browser.findElement(By.id("password-new")).sendKeys(TestSchool.PASSWORD);
      browser.findElement(By.id("password-confirm")).sendKeys(TestSchool.PASSWORD);
      browser.findElement(By.cssSelector("[type=submit]")).click();
      SignIn.continueToApplication(browser, "main", invitee, TestSchool.PASSWORD);
      assertThat(browser.getCurrentUrl()).startsWith(base.toString());
    } finally {
      browser.quit();
    }
  }

  @Test
  void aForgottenPasswordIsResetThroughTheSameTheme() throws Exception {
    TestSchool school = TestSchool.onboard("inv-rs");
    ChromeDriver browser = Browser.open();
    try {
      browser.get(base + "home.xhtml");
      SignIn.waitFor(browser, "username");
      Browser.screenshot(browser, "keycloak-sign-in");
      browser.findElement(By.id("username")).sendKeys(school.trainee());
      if (browser.findElements(By.cssSelector("a[href*='reset-credentials']")).isEmpty()) {
        browser.findElement(By.id("kc-login")).click();
        SignIn.waitFor(browser, "password");
      }
      browser.findElement(By.cssSelector("a[href*='reset-credentials']")).click();
      SignIn.waitFor(browser, "username");
      assertThat(browser.findElement(By.tagName("body")).getText())
          .contains("Forgot your password?");
      browser.findElement(By.id("username")).clear();
      browser.findElement(By.id("username")).sendKeys(school.trainee());
      var submit = browser.findElement(By.cssSelector("[type=submit]"));
      submit.click();
      // the browser must not close before Keycloak has taken the request and answered
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.stalenessOf(submit));
    } finally {
      browser.quit();
    }

    MimeMessage mail = mailTo(school.trainee(), "Choose a new Parallax password");
    assertThat(text(mail))
        .contains("Hello Ada")
        .contains("Someone asked to change the password of your Parallax account.")
        .contains("Choose a new password");
  }

  private static MimeMessage mailTo(String to) throws Exception {
    return mailTo(to, null);
  }

  /** The (last) e-mail that reached {@code to}, with {@code subject} when given; waits 30 s. */
  private static MimeMessage mailTo(String to, String subject) throws Exception {
    for (int attempt = 0; attempt < 60; attempt++) {
      MimeMessage[] received = TestIdentity.mail().getReceivedMessagesForDomain(to);
      for (int i = received.length - 1; i >= 0; i--) {
        if (subject == null || subject.equals(received[i].getSubject())) {
          return received[i];
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No e-mail " + (subject == null ? "" : subject + " ") + "to " + to);
  }

  /** The plain-text part of a Keycloak e-mail (it sends text and HTML alternatives). */
  private static String text(MimeMessage message) throws Exception {
    if (message.getContent() instanceof jakarta.mail.Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        var part = parts.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return normalise(part.getContent().toString());
        }
      }
    }
    return normalise(GreenMailUtil.getBody(message));
  }

  private static String normalise(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).collect(Collectors.joining("\n"));
  }
}
