package io.parallax.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The trainee's journey in a real Chromium, signed in through the real Keycloak: log a client
 * session with every field, find it in the session list and in the progress figures and charts; and
 * bad input that is shown next to its field and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TraineeJourneyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();
  private int clicks;

  @Test
  void aTraineeLogsASessionWithEveryFieldAndSeesItInTheirSessionsAndProgress() throws Exception {
    TestSchool school = TestSchool.onboard("tj");
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.trainee(), TestSchool.PASSWORD, "main");
      SignIn.waitForUrl(browser, "/trainee/progress.xhtml");
      assertThat(browser.findElements(By.id("empty"))).hasSize(1);

      long started = System.nanoTime();
      clicks = 0;
      browser.get(base + "trainee/log-session.xhtml");
      SignIn.waitFor(browser, "log-title");

      // a new client, added inline under a pseudonymous code and picked
      Pages.ready(browser);
      Pages.type(browser, By.id("log:code"), "AB-07");
      click(browser, By.id("log:add-client"));
      Pages.waitForText(browser, By.id("log:messages"), "Client AB-07 added and picked.");
      assertThat(browser.findElement(By.id("log:client_label")).getText()).isEqualTo("AB-07");

      // when, how long, pro bono
      Pages.typeDate(browser, "log:heldOn", LocalDate.now().minusDays(1).toString());
      Pages.type(browser, By.id("log:minutes_input"), "90");
      click(browser, label("log:paymentBasis:2")); // Pro bono

      // the four elements, each with a line of evidence
      rate(browser, "focus", 2, "She named the promotion talk as today's topic.");
      rate(browser, "outcome", 2, "Leave with three opening sentences for Friday.");
      rate(browser, "approach", 1, "We role-played, though I proposed it.");
      rate(browser, "participation", 2, "Asked how she wanted me to challenge her.");

      // drift, re-contracting, responsibility, drama role, reflection
      click(browser, label("log:driftMarkers:0")); // storytelling
      click(browser, label("log:driftMarkers:2")); // topic hopping
      Pages.type(browser, By.id("log:recontractingCount_input"), "2");
      Pages.type(browser, By.id("log:recontractingMinute_input"), "35");
      browser
          .findElement(By.id("log:recontractingNote"))
          .sendKeys("Back to the outcome after the story about her manager.");
      Pages.type(browser, By.id("log:responsibilityShare_input"), "60");
      browser.findElement(By.id("log:responsibilityShare_input")).sendKeys(Keys.TAB);
      Pages.waitForText(browser, By.id("log:rescuing"), "rescuing");
      click(browser, label("log:dramaRole:1")); // rescuer
      browser
          .findElement(By.id("log:reflection"))
          .sendKeys("I wanted her to succeed more than she did; notice that next time.");
      Browser.screenshot(browser, "trainee-log-session");

      click(browser, By.id("log:save"));
      SignIn.waitFor(browser, "sessions-title");
      Pages.waitForText(browser, By.id("sessions:messages"), "Session saved.");
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("log-a-session: %d clicks, %.1f s%n", clicks, seconds);

      assertThat(browser.getCurrentUrl()).contains("/trainee/sessions.xhtml");
      List<WebElement> rows = browser.findElements(By.cssSelector("[id='sessions:table_data'] tr"));
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).getText())
          .contains("AB-07", "90", "Pro bono", "87.5", "Storytelling", "Topic hopping", "60 %");

      browser.findElement(By.id("trainee-nav-progress")).click();
      SignIn.waitFor(browser, "progress-title");
      assertThat(browser.findElements(By.id("empty"))).isEmpty();
      assertThat(Pages.text(browser, "sessions-count")).isEqualTo("1");
      assertThat(Pages.text(browser, "clients-count")).isEqualTo("1");
      assertThat(Pages.text(browser, "hours-pro-bono")).isEqualTo("1.50");
      assertThat(Pages.text(browser, "rescuing-count")).isEqualTo("1");
      assertThat(Pages.chartData(browser, "score-chart")).contains("87.5");
      assertThat(Pages.chartData(browser, "hours-chart")).contains("1.5");
      Pages.chartsDrawn(browser);
      Browser.screenshot(browser, "trainee-progress");
      browser.executeScript(
          "document.getElementById('score-chart').scrollIntoView({block: 'start'});");
      Browser.screenshot(browser, "trainee-progress-charts");
    } finally {
      browser.quit();
    }
  }

  @Test
  void badInputIsShownNextToItsFieldAndStoresNothing() throws Exception {
    TestSchool school = TestSchool.onboard("tjb");
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.trainee(), TestSchool.PASSWORD, "main");
      SignIn.waitForUrl(browser, "/trainee/progress.xhtml");
      browser.get(base + "trainee/log-session.xhtml");
      SignIn.waitFor(browser, "log-title");

      // an empty form: each missing field says so next to itself
      Pages.type(browser, By.id("log:minutes_input"), "");
      click(browser, By.id("log:save"));
      assertThat(Pages.errorAt(browser, "log:client")).isEqualTo("Pick a client");
      assertThat(Pages.errorAt(browser, "log:minutes")).isEqualTo("Minutes: this is needed.");
      for (String element : List.of("focus", "outcome", "approach", "participation")) {
        assertThat(Pages.errorAt(browser, "log:" + element)).endsWith("Absent / Partial / Clear?");
      }
      Browser.screenshot(browser, "trainee-log-session-empty");

      // a client code that identifies the client is refused next to the code field
      Pages.type(browser, By.id("log:code"), "ada.client@example.com");
      click(browser, By.id("log:add-client"));
      Pages.until(
          browser,
          "an error next to the client code",
          b -> b.findElement(By.id("log:code-message")).getAttribute("class").contains("error"));
      assertThat(browser.findElement(By.id("log:code-message")).getAttribute("class"))
          .contains("ui-message-error");
      assertThat(browser.findElement(By.id("log:client_label")).getText())
          .isEqualTo("Pick a client");

      // a complete session whose re-contracting minute lies after its end is refused
      Pages.type(browser, By.id("log:code"), "CD-01");
      click(browser, By.id("log:add-client"));
      Pages.waitForText(browser, By.id("log:messages"), "Client CD-01 added and picked.");
      Pages.type(browser, By.id("log:minutes_input"), "45");
      for (String element : List.of("focus", "outcome", "approach", "participation")) {
        rate(browser, element, 1, "");
      }
      Pages.type(browser, By.id("log:recontractingCount_input"), "1");
      Pages.type(browser, By.id("log:recontractingMinute_input"), "90");
      click(browser, By.id("log:save"));

      SignIn.waitFor(browser, "log-title");
      WebElement message =
          Pages.until(
              browser,
              "an error next to the re-contracting minute",
              b ->
                  b
                      .findElements(
                          By.xpath(
                              "//*[@id='log:recontractingMinute']"
                                  + "/ancestor::div[contains(@class,'px-field')]"
                                  + "//*[contains(@class,'ui-message-error')]"))
                      .stream()
                      .findFirst()
                      .orElse(null));
      assertThat(message.getText()).contains("0 to 45");
      assertThat(browser.getCurrentUrl()).contains("/trainee/log-session.xhtml");
      Browser.screenshot(browser, "trainee-log-session-refused");

      browser.get(base + "trainee/sessions.xhtml");
      SignIn.waitFor(browser, "sessions-title");
      assertThat(browser.findElement(By.id("sessions:table_data")).getText())
          .contains("No sessions in this period");
      browser.get(base + "trainee/clients.xhtml");
      SignIn.waitFor(browser, "clients-title");
      assertThat(browser.findElement(By.id("clients:client-table_data")).getText())
          .contains("CD-01")
          .doesNotContain("example.com");
    } finally {
      browser.quit();
    }
  }

  /** Rates one contracting element (0 absent, 1 partial, 2 clear) and types its evidence. */
  private void rate(ChromeDriver browser, String element, int rating, String evidence) {
    click(browser, label("log:" + element + ":" + rating));
    if (!evidence.isEmpty()) {
      browser.findElement(By.id("log:" + element + "Evidence")).sendKeys(evidence);
    }
  }

  private static By label(String forId) {
    return By.cssSelector("label[for='" + forId + "']");
  }

  /** A click as a person makes it, counted. */
  private void click(ChromeDriver browser, By target) {
    clicks++;
    Pages.click(browser, target);
  }
}
