package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page each role reaches, signed in through the real Keycloak, at a desktop's and a phone's
 * width (390 px): no error page, no stack trace, no code where words belong, no missing bundle key,
 * no sideways scroll, no serious or critical accessibility violation (axe-core). Screenshots of
 * every page at both widths, the whole page and not only the visible screen, land in {@code
 * target/screenshots/walk-*}. Then the bad inputs a hurried person makes, each refused at its field
 * with nothing stored; the caseload's signal badge of every supervisee; and the page a suspended
 * school's admin meets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWalkIT {

  private static final LocalDate TODAY = LocalDate.now();

  /** A code where a person should read words: an upper-case token with underscores, ... */
  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

  /** ... a bare enum constant of the domain, Java's toString of a map, list or record, a key. */
  private static final Pattern ENUM =
      Pattern.compile(
          "\\b(STORYTELLING|CIRCLING|FOCUS|OUTCOME|APPROACH|PARTICIPATION|ABSENT|PARTIAL|CLEAR"
              + "|UPWARD|DOWNWARD|CONTRACTING|RELATIONSHIP|INTERVENTIONS|ETHICS|TRANSFERENCE"
              + "|BOUNDARY|SOUND|ADEQUATE|QUESTIONABLE|BROKEN|QUEUED|RUNNING|READY|FAILED|ACTIVE"
              + "|SUSPENDED|DEACTIVATED|OPEN|ARCHIVED|INDIVIDUAL|GROUP|PAID|RESCUER|VICTIM"
              + "|PERSECUTOR|CLIENT|SESSION|SUPERVISEE|TRAINEE|SUPERVISOR|NONE|POSSIBLE|LIKELY"
              + "|WEEK|MONTH|3I|true|false|null)\\b"
              + "|\\{\\w+=|\\[[A-Z_]{3,}[,\\]]|\\w+\\[\\w+=|\\?\\?\\?");

  private static TestSchool school;
  private static String cohortId;

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @BeforeAll
  static void aSchoolWithACohortSessionsAndAssessments() throws Exception {
    school = TestSchool.onboard("pw");
    cohortId = school.withCohort("Walk cohort", TODAY.minusDays(120));
    TestSchool.logWeakClientSessions(
        school.as(school.trainee()), "PW-01", 3, List.of("STORYTELLING", "TOPIC_HOPPING"));
    school.recordMirroringSupervision(
        TODAY.minusDays(10),
        Map.of(
            "driftMarkers", List.of("CASUAL_CONVERSATION"),
            "sevenEyedModes", List.of("PARALLEL_PROCESS"),
            "coreIssues", List.of("OVER_RESPONSIBILITY")));
  }

  @Test
  void theSchoolAdminsPages() throws Exception {
    walk(
        school.admin(),
        "admin",
        List.of(
            "school/members.xhtml",
            "school/cohorts.xhtml",
            "school/assignments.xhtml",
            "school/calibration.xhtml",
            "school/import.xhtml",
            "school/tracks.xhtml",
            "school/readiness.xhtml",
            "school/readiness.xhtml?cohort=" + cohortId,
            "school/scales.xhtml",
            "reports/cohort.xhtml",
            "reports/cohort.xhtml?cohort=" + cohortId,
            "reports/trainee.xhtml?trainee=" + school.traineeId() + "&cohort=" + cohortId,
            "reports/trainee.xhtml?trainee=" + school.traineeId(),
            "no-such-page.xhtml",
            "trainee/progress.xhtml",
            "school/audit.xhtml",
            "school/erasure.xhtml",
            "account/my-records.xhtml",
            "account/reminders.xhtml"));
  }

  @Test
  void theSupervisorsPages() throws Exception {
    walk(
        school.supervisor(),
        "supervisor",
        List.of(
            "supervisor/caseload.xhtml",
            "supervisor/record-supervision.xhtml",
            "supervisor/grade-contracting.xhtml",
            "supervisor/assess-stage.xhtml",
            "supervisor/supervisee.xhtml?trainee=" + school.traineeId(),
            "supervisor/calibration.xhtml",
            "supervisor/submissions.xhtml",
            "reports/cohort.xhtml",
            "reports/trainee.xhtml?trainee=" + school.traineeId(),
            "account/my-records.xhtml",
            "account/reminders.xhtml"));
  }

  @Test
  void theTraineesPages() throws Exception {
    walk(
        school.trainee(),
        "trainee",
        List.of(
            "trainee/progress.xhtml",
            "trainee/log-session.xhtml",
            "trainee/sessions.xhtml",
            "trainee/clients.xhtml",
            "trainee/accreditation.xhtml",
            "trainee/supervision.xhtml",
            "expired.xhtml",
            "error.xhtml",
            "account/my-records.xhtml",
            "account/reminders.xhtml"));
  }

  @Test
  void aTraineeListsTheirSupervisionWithoutTheNotesAndNarrowsTheProgressDashboard()
      throws Exception {
    school.recordMirroringSupervision(
        TODAY.minusDays(3),
        Map.of(
            "format",
            "GROUP",
            "minutes",
            90,
            "notes",
            "Walk-secret on the session",
            "participants",
            List.of(
                Map.of(
                    "superviseeId",
                    school.traineeId().toString(),
                    "notes",
                    "Walk-secret on Ada"))));
    ChromeDriver browser = Browser.open();
    try {
      signIn(browser, school.trainee(), "trainee/supervision.xhtml");
      for (boolean phone : List.of(false, true)) {
        width(browser, phone);
        browser.get(base + "trainee/supervision.xhtml");
        Pages.ready(browser);
        String text = (String) browser.executeScript("return document.body.innerText;");
        assertThat(text).contains("Group").doesNotContain("Walk-secret");
        assertThat(browser.findElements(By.cssSelector("[id='supervision:table_data'] tr")))
            .hasSizeGreaterThanOrEqualTo(2);
        assertThat(Pages.text(browser, "supervision-hours-total")).isEqualTo("2.50");
        Browser.fullPageScreenshot(
            browser, "walk-trainee-supervision-list" + (phone ? "-phone" : "-desktop"));
      }

      for (boolean phone : List.of(false, true)) {
        width(browser, phone);
        browser.get(base + "trainee/progress.xhtml");
        Pages.ready(browser);
        assertThat(Pages.text(browser, "range-shown")).contains("whole history");
        Pages.pick(browser, "range:span", "Custom (first and last day)");
        Pages.typeDate(browser, "range:from", TODAY.toString());
        Pages.typeDate(browser, "range:to", TODAY.minusDays(7).toString());
        Pages.click(browser, By.id("range:apply"));
        Pages.ready(browser);
        assertThat(Pages.errorAt(browser, "range:from")).contains("not after the last");
        assertThat(Pages.text(browser, "range-shown")).contains("whole history");
        Browser.fullPageScreenshot(
            browser, "walk-trainee-progress-range-refused" + (phone ? "-phone" : "-desktop"));

        Pages.pick(browser, "range:span", "Last 3 months");
        Pages.click(browser, By.id("range:apply"));
        Pages.ready(browser);
        Pages.chartsDrawn(browser);
        assertThat(Pages.text(browser, "range-shown")).doesNotContain("whole history");
        assertThat(browser.findElements(By.id("score-chart"))).isNotEmpty();
        Browser.fullPageScreenshot(
            browser, "walk-trainee-progress-range-3-months" + (phone ? "-phone" : "-desktop"));
      }
    } finally {
      browser.quit();
    }
  }

  @Test
  void reminderDaysOutOfRangeAreRefusedAtTheirFieldAndEachMemberSwitchesOnlyTheirOwn()
      throws Exception {
    Api admin = school.as(school.admin());
    Api trainee = school.as(school.trainee());
    var settings = admin.get("api/v1/reminder-settings");
    var zero =
        admin.put(
            "api/v1/reminder-settings", Map.of("idleDays", 0, "waitingDays", 7), settings.etag());
    var missing = admin.put("api/v1/reminder-settings", Map.of("idleDays", 10), settings.etag());
    var notTheirs =
        trainee.put(
            "api/v1/me/reminders",
            Map.of("waitingSubmissions", false),
            trainee.get("api/v1/me/reminders").etag());
    assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
    assertThat(zero.contentType()).startsWith("application/problem+json");
    assertThat(zero.json().get("field").asText()).isEqualTo("idleDays");
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.toString()).contains("waitingDays");
    assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(400);
    assertThat(notTheirs.json().get("field").asText()).isEqualTo("waitingSubmissions");
    assertThat(trainee.get("api/v1/reminder-settings").status()).isEqualTo(403);

    ChromeDriver browser = Browser.open();
    try {
      signIn(browser, school.admin(), "account/reminders.xhtml");
      width(browser, true);
      browser.get(base + "account/reminders.xhtml");
      Pages.ready(browser);
      Pages.type(browser, By.id("settings-idleDays_input"), "0");
      Pages.click(browser, By.id("settings-save"));
      Pages.ready(browser);
      assertThat(Pages.errorAt(browser, "settings-idleDays")).contains("from 1 to 365");
      Browser.fullPageScreenshot(browser, "walk-admin-reminders-refused-phone");
      assertThat(admin.get("api/v1/reminder-settings").json().get("idleDays").asInt())
          .isEqualTo(14);

      Pages.check(browser, "switch-readinessDigest");
      Pages.click(browser, By.id("switches-save"));
      Pages.ready(browser);
      Pages.waitForText(browser, By.id("reminders-messages"), "saved");
      var mine = admin.get("api/v1/me/reminders").json();
      assertThat(mine.get("switches").get(0).get("kind").asText()).isEqualTo("READINESS_DIGEST");
      assertThat(mine.get("switches").get(0).get("on").asBoolean()).isFalse();
    } finally {
      browser.quit();
    }
  }

  @Test
  void thePlatformAdminsPages() throws Exception {
    walk(
        Realm.OPERATOR,
        "operator",
        List.of(
            "platform/schools.xhtml",
            "index.xhtml",
            "platform/audit.xhtml",
            "account/reminders.xhtml"));
  }

  @Test
  void theCaseloadBadgeOfEverySuperviseeOpensTheirDrillDown() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      signIn(browser, school.supervisor(), "supervisor/caseload.xhtml");
      int badges = browser.findElements(By.cssSelector("a[id$=':signal']")).size();
      assertThat(badges).as("badges on the caseload").isPositive();
      for (int i = 0; i < badges; i++) {
        browser.get(base + "supervisor/caseload.xhtml");
        Pages.ready(browser);
        WebElement badge = browser.findElements(By.cssSelector("a[id$=':signal']")).get(i);
        assertThat(badge.getAttribute("href")).doesNotContain("cohort=");
        badge.click();
        SignIn.waitFor(browser, "trainee-title");
        assertThat(browser.findElements(By.id("error-title"))).isEmpty();
        assertThat(Pages.text(browser, "trainee-title")).contains("Ada Test");
        assertThat(browser.findElements(By.id("signal-level"))).isNotEmpty();
      }
    } finally {
      browser.quit();
    }
  }

  @Test
  void aRecordSupervisionWithARatingUnsetATooLongSessionAndATomorrowAreRefusedAtTheirFields()
      throws Exception {
    long before = supervisionSessions();
    ChromeDriver browser = Browser.open();
    try {
      signIn(browser, school.supervisor(), "supervisor/record-supervision.xhtml");
      Pages.pick(browser, "record:supervisee", "Ada Test");
      Pages.tick(browser, "record:outcome", "Clear");
      Pages.tick(browser, "record:approach", "Clear");
      Pages.tick(browser, "record:participation", "Clear");
      Pages.type(browser, By.id("record:minutes_input"), "700");
      Pages.typeDate(browser, "record:heldOn", TODAY.plusDays(1).toString());
      Pages.click(browser, By.id("record:save"));
      Pages.ready(browser);

      assertThat(Pages.errorAt(browser, "record:focus")).contains("Choose how");
      assertThat(Pages.errorAt(browser, "record:minutes")).contains("1 to 600");
      assertThat(Pages.errorAt(browser, "record:heldOn")).contains("after today");
      assertThat(browser.findElement(By.id("record:minutes_input")).getAttribute("value"))
          .isEqualTo("700");
      Browser.screenshot(browser, "walk-refused-record-supervision");

      // the rest put right, a parallel process observed without saying which way it travelled
      Pages.tick(browser, "record:focus", "Clear");
      Pages.type(browser, By.id("record:minutes_input"), "60");
      Pages.typeDate(browser, "record:heldOn", TODAY.toString());
      Pages.check(browser, "record:parallelProcessObserved");
      Pages.type(browser, By.id("record:parallelProcessDynamic"), "Rescues me as she rescues");
      assertThat(
              browser.findElements(
                  By.cssSelector("[id^='record:parallelProcessDirection'] input:checked")))
          .as("no direction chosen beforehand")
          .isEmpty();
      Pages.click(browser, By.id("record:save"));
      Pages.ready(browser);

      assertThat(Pages.errorAt(browser, "record:parallelProcessDirection"))
          .contains("Choose which way");
      Browser.fullPageScreenshot(browser, "walk-refused-record-supervision-direction");
    } finally {
      browser.quit();
    }
    assertThat(supervisionSessions()).isEqualTo(before);
  }

  @Test
  void aSubScoreOfSevenAndAnUnchosenLevelAreRefusedAtTheirFields() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      signIn(browser, school.supervisor(), "supervisor/assess-stage.xhtml");
      Pages.pick(browser, "stage:trainee", "Ada Test");
      Pages.type(browser, By.id("stage:awareness_input"), "7");
      Pages.type(browser, By.id("stage:motivation_input"), "0");
      Pages.click(browser, By.id("stage:save"));
      Pages.ready(browser);

      assertThat(Pages.errorAt(browser, "stage:awareness")).contains("1 to 5");
      assertThat(Pages.errorAt(browser, "stage:motivation")).contains("1 to 5");
      assertThat(Pages.errorAt(browser, "stage:level")).contains("level");
      assertThat(browser.findElement(By.id("stage:awareness_input")).getAttribute("value"))
          .isEqualTo("7");
      Browser.screenshot(browser, "walk-refused-assess-stage");
    } finally {
      browser.quit();
    }
    var stages =
        school
            .as(school.supervisor())
            .get("api/v1/stage-assessments?traineeId=" + school.traineeId());
    assertThat(stages.json().get("items")).isEmpty();
  }

  @Test
  void aSuspendedSchoolsAdminReadsThatTheSchoolIsSuspendedAndWhomToAsk() throws Exception {
    TestSchool suspended = TestSchool.onboard("ps");
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    var read = operator.get("api/v1/schools/" + suspended.id());
    var done =
        operator.post("api/v1/schools/" + suspended.id() + "/suspension", Map.of(), read.etag());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);

    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(
          browser, base, "home.xhtml", suspended.admin(), TestSchool.PASSWORD, "suspended-title");
      assertThat(Pages.text(browser, "suspended-text")).contains("suspended");
      Browser.screenshot(browser, "walk-suspended-school");
      browser.get(base + "home.xhtml");
      SignIn.waitFor(browser, "suspended-title");
      assertThat(browser.findElements(By.id("suspended-logout"))).isNotEmpty();
    } finally {
      browser.quit();
    }
  }

  /** Signs in as {@code user}, then opens each page at both widths and records what is wrong. */
  private void walk(String user, String role, List<String> pages) throws Exception {
    List<String> problems = new ArrayList<>();
    ChromeDriver browser = Browser.open();
    try {
      signIn(browser, user, pages.get(0));
      for (String page : pages) {
        String name = "walk-" + role + "-" + page.replaceAll("\\.xhtml.*", "").replace('/', '-');
        if (page.contains("?")) {
          name += page.contains("cohort=") ? "-with-cohort" : "-alone";
        }
        for (boolean phone : List.of(false, true)) {
          width(browser, phone);
          browser.get(base + page);
          Pages.ready(browser);
          Pages.chartsDrawn(browser);
          String where = page + (phone ? " at 390 px" : " at desktop width");
          problems.addAll(check(browser, where, phone, page));
          Browser.fullPageScreenshot(browser, name + (phone ? "-phone" : "-desktop"));
        }
      }
    } finally {
      browser.quit();
    }
    assertThat(problems).as("what is wrong on the pages of " + role).isEmpty();
  }

  private static List<String> check(
      ChromeDriver browser, String where, boolean phone, String page) {
    List<String> problems = new ArrayList<>();
    String text = (String) browser.executeScript("return document.body.innerText;");
    if (!page.startsWith("error") && !browser.findElements(By.id("error-title")).isEmpty()) {
      problems.add(where + ": the error page");
    }
    for (String trace : List.of("Exception", "HTTP Status", "at io.parallax", "jakarta.")) {
      if (text.contains(trace)) {
        problems.add(where + ": shows \"" + trace + "\"");
      }
    }
    for (Pattern code : List.of(CODE, ENUM)) {
      Matcher found = code.matcher(text);
      while (found.find()) {
        int from = Math.max(0, found.start() - 30);
        int to = Math.min(text.length(), found.end() + 30);
        problems.add(
            where
                + ": code \""
                + found.group()
                + "\" in \""
                + text.substring(from, to).replace('\n', ' ')
                + "\"");
      }
    }
    if (phone) {
      Object sideways =
          browser.executeScript(
              "return document.documentElement.scrollWidth > document.documentElement.clientWidth"
                  + " ? document.documentElement.scrollWidth : 0;");
      if (((Number) sideways).intValue() > 0) {
        problems.add(where + ": scrolls sideways (" + sideways + " px wide)");
      }
    }
    Results axe =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
    for (Rule violation : axe.getViolations()) {
      if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
        problems.add(
            where
                + ": axe "
                + violation.getImpact()
                + " "
                + violation.getId()
                + " ("
                + violation.getNodes().size()
                + "x, e.g. "
                + violation.getNodes().get(0).getTarget()
                + ")");
      }
    }
    return problems;
  }

  /** A phone's viewport (390 × 844 CSS px, touch) or the desktop window's. */
  private static void width(ChromeDriver browser, boolean phone) {
    if (phone) {
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    } else {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Signs in on the way to {@code page}, then opens it (sign-in may land on the home page). */
  private void signIn(ChromeDriver browser, String user, String page) {
    SignIn.as(browser, base, page, user, passwordOf(user), "main");
    browser.get(base + page);
    Pages.ready(browser);
  }

  private static String passwordOf(String user) {
    return Realm.OPERATOR.equals(user) ? Realm.operatorPassword() : TestSchool.PASSWORD;
  }

  private static long supervisionSessions() throws Exception {
    return school
        .as(school.supervisor())
        .get("api/v1/supervision-sessions?superviseeId=" + school.traineeId())
        .json()
        .get("total")
        .asLong();
  }
}
