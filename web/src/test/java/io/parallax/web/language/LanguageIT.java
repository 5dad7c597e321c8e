package io.parallax.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Parallax in German, for each role, in a browser whose language is German: every page the role
 * works with (enums, charts and tables included) shows no English text of the bundles, a refused
 * form says why in German next to its fields, and the header's switch turns the pages English and
 * back, remembered. Screenshots: {@code target/screenshots/de-*}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageIT {

  private static final LocalDate TODAY = LocalDate.now();
  private static final String GERMAN = "de-DE,de";

  private static TestSchool school;
  private static String cohortId;

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @BeforeAll
  static void aSchoolWithACohortSessionsAndASupervision() throws Exception {
    school = TestSchool.onboard("lang");
    cohortId = school.withCohort("Frühjahrskohorte", TODAY.minusDays(90));
    TestSchool.logWeakClientSessions(
        school.as(school.trainee()), "KL-01", 3, List.of("STORYTELLING", "TOPIC_HOPPING"));
    school.recordMirroringSupervision(
        TODAY.minusDays(10),
        Map.of(
            "driftMarkers", List.of("CASUAL_CONVERSATION"),
            "sevenEyedModes", List.of("PARALLEL_PROCESS")));
  }

  @Test
  void theTraineeWorksInGermanAndARefusedSessionSaysWhyInGerman() throws Exception {
    ChromeDriver browser = Browser.inLanguage(GERMAN);
    try {
      List<String> problems = new ArrayList<>();
      signIn(browser, school.trainee(), "trainee/progress.xhtml");
      for (String page :
          List.of(
              "trainee/progress.xhtml",
              "trainee/sessions.xhtml",
              "trainee/clients.xhtml",
              "trainee/log-session.xhtml")) {
        problems.addAll(walk(browser, page, "trainee"));
      }

      Pages.type(browser, By.id("log:minutes_input"), "700");
      Pages.typeDate(browser, "log:heldOn", TODAY.plusDays(1).toString());
      Pages.click(browser, By.id("log:save"));
      Pages.ready(browser);

      assertThat(Pages.errorAt(browser, "log:minutes")).contains("1 bis 600 Minuten");
      assertThat(Pages.errorAt(browser, "log:heldOn")).contains("nach heute");
      problems.addAll(englishOn(browser, "the refused session"));
      showFirstRefusal(browser);
      Browser.screenshot(browser, "de-trainee-refused-log-session");
      assertThat(problems).isEmpty();

      // the language chosen in the header is the one the trainee's reminder mails speak
      Api trainee = school.as(school.trainee());
      Pages.click(browser, By.id("language-de"));
      Pages.waitForText(browser, By.id("nav-logout"), "Abmelden");
      assertThat(trainee.get("api/v1/me/reminders").json().get("language").asText())
          .isEqualTo("de");
      Pages.click(browser, By.id("language-en"));
      Pages.waitForText(browser, By.id("nav-logout"), "Sign out");
      assertThat(trainee.get("api/v1/me/reminders").json().get("language").asText())
          .isEqualTo("en");
    } finally {
      browser.quit();
    }
  }

  @Test
  void theSupervisorWorksInGermanAndARefusedSupervisionSaysWhyInGerman() throws Exception {
    ChromeDriver browser = Browser.inLanguage(GERMAN);
    try {
      List<String> problems = new ArrayList<>();
      signIn(browser, school.supervisor(), "supervisor/caseload.xhtml");
      for (String page :
          List.of(
              "supervisor/caseload.xhtml",
              "supervisor/supervisee.xhtml?trainee=" + school.traineeId(),
              "supervisor/grade-contracting.xhtml",
              "supervisor/assess-stage.xhtml",
              "supervisor/record-supervision.xhtml")) {
        problems.addAll(walk(browser, page, "supervisor"));
      }

      Pages.pick(browser, "record:supervisee", "Ada Test");
      Pages.tick(browser, "record:outcome", "Klar");
      Pages.type(browser, By.id("record:minutes_input"), "700");
      Pages.typeDate(browser, "record:heldOn", TODAY.plusDays(1).toString());
      Pages.click(browser, By.id("record:save"));
      Pages.ready(browser);

      assertThat(Pages.errorAt(browser, "record:focus")).contains("Wählen Sie, wie");
      assertThat(Pages.errorAt(browser, "record:minutes")).contains("1 bis 600 Minuten");
      assertThat(Pages.errorAt(browser, "record:heldOn")).contains("nach heute");
      problems.addAll(englishOn(browser, "the refused supervision"));
      showFirstRefusal(browser);
      Browser.screenshot(browser, "de-supervisor-refused-record-supervision");
      assertThat(problems).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void theSchoolAdminWorksInGermanAndARefusedCohortSaysTheDomainRuleInGerman() throws Exception {
    ChromeDriver browser = Browser.inLanguage(GERMAN);
    try {
      List<String> problems = new ArrayList<>();
      signIn(browser, school.admin(), "school/members.xhtml");
      for (String page :
          List.of(
              "school/members.xhtml",
              "school/assignments.xhtml",
              "reports/cohort.xhtml?cohort=" + cohortId,
              "reports/trainee.xhtml?trainee=" + school.traineeId() + "&cohort=" + cohortId,
              "school/cohorts.xhtml")) {
        problems.addAll(walk(browser, page, "admin"));
      }

      Pages.pick(browser, "cohort-program", "Diploma");
      Pages.type(browser, By.id("cohort-name"), "Herbstkohorte");
      Pages.typeDate(browser, "cohort-startsOn", "2027-03-01");
      Pages.typeDate(browser, "cohort-endsOn", "2027-01-01");
      Pages.click(browser, By.id("cohort-save"));
      Pages.waitForText(
          browser,
          By.id("cohort-endsOn-message"),
          "Eine Kohorte kann nicht enden (2027-01-01), bevor sie beginnt (2027-03-01).");
      problems.addAll(englishOn(browser, "the refused cohort"));
      showFirstRefusal(browser);
      Browser.screenshot(browser, "de-admin-refused-cohort");
      assertThat(problems).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void theOperatorWorksInGermanAndTheSwitchTurnsThePagesEnglishAndBackRemembered()
      throws Exception {
    ChromeDriver browser = Browser.inLanguage(GERMAN);
    try {
      SignIn.as(
          browser,
          base,
          "platform/schools.xhtml",
          Realm.OPERATOR,
          Realm.operatorPassword(),
          "main");
      List<String> problems = new ArrayList<>(walk(browser, "platform/schools.xhtml", "operator"));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");

      Pages.click(browser, By.id("language-en"));
      Pages.waitForText(browser, By.id("nav-logout"), "Sign out");
      assertThat(browser.getCurrentUrl()).endsWith("platform/schools.xhtml");
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      browser.get(base + "platform/schools.xhtml");
      Pages.waitForText(browser, By.id("nav-logout"), "Sign out");
      Browser.screenshot(browser, "de-operator-switched-to-english");

      Pages.click(browser, By.id("language-de"));
      Pages.waitForText(browser, By.id("nav-logout"), "Abmelden");
      assertThat(problems).isEmpty();
    } finally {
      browser.quit();
    }
  }

  /** Scrolls the first message next to a field into the middle of the view, for the screenshot. */
  private static void showFirstRefusal(ChromeDriver browser) {
    browser.executeScript(
        "var m = document.querySelector('.ui-message-error');"
            + " if (m) { m.scrollIntoView({block: 'center'}); }");
  }

  /** Opens {@code page}, waits for it and its charts, and lists the English found on it. */
  private List<String> walk(ChromeDriver browser, String page, String role) throws Exception {
    browser.get(base + page);
    Pages.ready(browser);
    Pages.chartsDrawn(browser);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
        .as(page)
        .isEqualTo("de");
    Browser.screenshot(
        browser, "de-" + role + "-" + page.replaceAll("\\.xhtml.*", "").replace('/', '-'));
    return englishOn(browser, page);
  }

  /** The English texts of the bundles the page shows: none belongs on a German page. */
  private static List<String> englishOn(ChromeDriver browser, String where) throws Exception {
    String text = (String) browser.executeScript("return document.body.innerText;");
    List<String> found = new ArrayList<>();
    for (String english : englishTexts()) {
      if (text.contains(english)) {
        found.add(where + ": \"" + english + "\"");
      }
    }
    return found;
  }

  private static Set<String> english;

  /**
   * The literal stretches (two words or more, no placeholders) of every English bundle value that
   * differs from its German twin.
   */
  static synchronized Set<String> englishTexts() throws Exception {
    if (english == null) {
      english = new TreeSet<>();
      for (Path en : BundlesTest.englishBundles()) {
        Properties englishValues = BundlesTest.load(en);
        Properties germanValues = BundlesTest.load(BundlesTest.german(en));
        for (String key : englishValues.stringPropertyNames()) {
          String value = englishValues.getProperty(key);
          if (value.equals(germanValues.getProperty(key))) {
            continue;
          }
          for (String stretch : value.replace("''", "'").split("\\{[^}]*\\}|'")) {
            String words = stretch.strip();
            if (words.length() >= 8 && words.contains(" ")) {
              english.add(words);
            }
          }
        }
      }
    }
    return english;
  }

  private void signIn(ChromeDriver browser, String user, String page) {
    SignIn.as(browser, base, page, user, TestSchool.PASSWORD, "main");
    browser.get(base + page);
    Pages.ready(browser);
  }
}
