package io.parallax.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The supervisor's workspace as a supervisor uses it, signed in through the real Keycloak in a real
 * Chromium: the caseload shows the assigned trainee, a supervision session is recorded with a
 * parallel process observed, the trainee's contracting is graded with a client session as evidence,
 * shared and signed off (after which the page offers only a correction), their stage is assessed,
 * shared and signed off; the supervisor signs out, the trainee signs in and reads both on their
 * progress page, and the signed-off grade no longer changes through the API either.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorJourneyIT {

  private static final String TRAINEE_NAME = "Ada Test";
  private static final String CLIENT_CODE = "SJ-01";
  private static final String COMMENT = "Clear outcome agreed; check participation earlier.";
  private static final String RATIONALE =
      "Contracts confidently but swings between autonomy and dependence.";

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void aSupervisorRecordsGradesAndAssessesAndTheTraineeSeesWhatWasShared() throws Exception {
    TestSchool school = TestSchool.onboard("sj");
    school.assignSupervisor(LocalDate.now().minusDays(60));
    logClientSession(school);

    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(
          browser, base, "home.xhtml", school.supervisor(), TestSchool.PASSWORD, "caseload-title");
      SignIn.waitForUrl(browser, "/supervisor/caseload.xhtml");
      Pages.ready(browser);
      assertThat(Pages.text(browser, "caseload:entries")).contains(TRAINEE_NAME);
      assertSignalOnCaseload(browser, school);
      Browser.screenshot(browser, "supervisor-caseload");

      recordSupervision(browser);
      gradeContracting(browser);
      assessStage(browser);

      Pages.click(browser, By.id("nav-logout"));
      SignIn.as(
          browser, base, "home.xhtml", school.trainee(), TestSchool.PASSWORD, "progress-title");
      SignIn.waitForUrl(browser, "/trainee/progress.xhtml");
      Pages.ready(browser);
      assertThat(Pages.text(browser, "grades"))
          .contains(COMMENT)
          .contains("4")
          .contains("Sol Test");
      assertThat(Pages.text(browser, "stage-current")).contains("Contracting").contains("Level 2");
      assertThat(Pages.text(browser, "stage-history")).contains(RATIONALE);
      browser.executeScript("document.getElementById('stage-heading').scrollIntoView();");
      Browser.screenshot(browser, "supervisor-shared-with-trainee");
    } finally {
      browser.quit();
    }

    signedOffGradeRefusesAChangeThroughTheApi(school);
  }

  private void recordSupervision(ChromeDriver browser) throws Exception {
    browser.get(base + "supervisor/record-supervision.xhtml");
    Pages.waitFor(browser, "record-title");
    Pages.ready(browser);
    Pages.pick(browser, "record:supervisee", TRAINEE_NAME);
    Pages.tick(browser, "record:focus", "Clear");
    Pages.tick(browser, "record:outcome", "Partial");
    Pages.tick(browser, "record:approach", "Partial");
    Pages.tick(browser, "record:participation", "Absent");
    Pages.check(browser, "record:parallelProcessObserved");
    Pages.type(
        browser,
        By.id("record:parallelProcessDynamic"),
        "The coach rescues me as they rescue their client");
    Pages.tick(browser, "record:parallelProcessDirection", "Downward");
    Pages.check(browser, "record:parallelProcessNamed");
    Pages.check(browser, "record:modelledContracting");
    Pages.tickInMenu(browser, "record:casesDiscussed", CLIENT_CODE);
    Pages.type(browser, By.id("record:notes"), "Rescuing pattern; contracted for focus.");
    Browser.screenshot(browser, "supervisor-record");
    Pages.click(browser, By.id("record:save"));
    Pages.waitForText(browser, By.id("record:messages"), "Supervision session recorded.");
    Pages.ready(browser);
    Browser.screenshot(browser, "supervisor-recorded");
  }

  private void gradeContracting(ChromeDriver browser) throws Exception {
    browser.get(base + "supervisor/grade-contracting.xhtml");
    Pages.waitFor(browser, "grade-title");
    Pages.ready(browser);
    Pages.pick(browser, "grade:trainee", TRAINEE_NAME);
    Pages.tick(browser, "grade:focusGrade", "4");
    Pages.tick(browser, "grade:outcomeGrade", "4");
    Pages.tick(browser, "grade:approachGrade", "5");
    Pages.tick(browser, "grade:participationGrade", "2");
    Pages.tickInMenu(browser, "grade:evidenceSessions", CLIENT_CODE);
    Pages.type(browser, By.id("grade:comment"), COMMENT);
    Pages.check(browser, "grade:share");
    Browser.screenshot(browser, "supervisor-grade");
    Pages.click(browser, By.id("grade:save"));
    Pages.waitForText(browser, By.id("grade:messages"), "Contracting assessment saved");
    // the form is empty again, so pressing Save once more cannot repeat the grade
    assertThat(browser.findElement(By.id("grade:comment")).getAttribute("value")).isEmpty();
    Pages.waitForText(browser, By.id("grades:list"), "Shared");
    Pages.click(browser, rowButton("grades", "Sign off"));
    Pages.confirm(browser);
    Pages.waitForText(browser, By.id("grade:messages"), "Signed off");
    Pages.waitForText(browser, By.id("grades:list"), "Signed off");
    Pages.ready(browser);
    assertThat(Pages.text(browser, "grades:list")).contains("Shared");
    assertLocked(browser, "grades");
    Browser.screenshot(browser, "supervisor-grade-signed-off");
  }

  private void assessStage(ChromeDriver browser) throws Exception {
    browser.get(base + "supervisor/assess-stage.xhtml");
    Pages.waitFor(browser, "stage-title");
    Pages.ready(browser);
    Pages.pick(browser, "stage:trainee", TRAINEE_NAME);
    Pages.tick(browser, "stage:level", "Level 2");
    Pages.ready(browser);
    Pages.until(
        browser,
        "the stance level 2 suggests",
        b -> !b.findElement(By.id("stage:suggestedStance")).getAttribute("value").isBlank());
    Pages.type(browser, By.id("stage:awareness_input"), "3");
    Pages.type(browser, By.id("stage:motivation_input"), "4");
    Pages.type(browser, By.id("stage:autonomy_input"), "3");
    Pages.type(browser, By.id("stage:rationale"), RATIONALE);
    Pages.check(browser, "stage:share");
    Browser.screenshot(browser, "supervisor-stage");
    Pages.click(browser, By.id("stage:save"));
    Pages.waitForText(browser, By.id("stage:messages"), "Stage assessment saved");
    Pages.waitForText(browser, By.id("stages:list"), "Shared");
    Pages.click(browser, rowButton("stages", "Sign off"));
    Pages.confirm(browser);
    Pages.waitForText(browser, By.id("stages:list"), "Signed off");
    Pages.ready(browser);
    assertLocked(browser, "stages");
    Browser.screenshot(browser, "supervisor-stage-signed-off");
    correctStage(browser);
  }

  /**
   * A correction of the signed-off stage: v2 with a higher awareness, signed off too. The list
   * keeps v1 in view, with who signed it off, and says in words what v2 changed.
   */
  private void correctStage(ChromeDriver browser) throws Exception {
    Pages.click(browser, rowButton("stages", "Correct (new version)"));
    Pages.waitForText(browser, By.id("stage:messages"), "A new version was started");
    Pages.waitForText(browser, By.id("stages:list"), "v2 (draft");
    Pages.ready(browser);
    Pages.click(browser, rowButton("stages", "Revise"));
    Pages.waitForText(browser, By.id("stage:save"), "Save revision");
    Pages.ready(browser);
    Pages.type(browser, By.id("stage:awareness_input"), "4");
    Pages.click(browser, By.id("stage:save"));
    Pages.waitForText(browser, By.id("stage:messages"), "Stage assessment saved");
    Pages.waitForText(browser, By.id("stages:list"), "sub-scores 3/4/3 → 4/4/3");
    Pages.ready(browser);
    Pages.click(browser, rowButton("stages", "Sign off"));
    Pages.confirm(browser);
    Pages.waitForText(browser, By.id("stages:list"), "v2 signed off on");
    Pages.ready(browser);
    assertThat(Pages.text(browser, "stages:list"))
        .contains("v1 signed off on")
        .contains("by Sol Test")
        .contains("v2 signed off on")
        .contains("sub-scores 3/4/3 → 4/4/3 changed")
        .doesNotContain("subScores");
    Browser.screenshot(browser, "supervisor-stage-corrected");
  }

  /**
   * One client session and no supervision are too few to judge a parallel process: the caseload
   * says so in a badge (not as "none") that opens the trainee report, and so does the API.
   */
  private static void assertSignalOnCaseload(ChromeDriver browser, TestSchool school)
      throws Exception {
    var badge = browser.findElement(By.id("caseload:entries:0:signal"));
    assertThat(badge.getText()).contains("Too few sessions");
    assertThat(badge.getAttribute("href"))
        .contains("reports/trainee.xhtml")
        .contains("trainee=" + school.traineeId());
    assertThat(badge.getAttribute("aria-label"))
        .contains("one client session and no supervision session");
    var caseload = school.as(school.supervisor()).get("api/v1/caseload");
    assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
    var signal = caseload.json().get("items").get(0).get("parallelProcessSignal");
    assertThat(signal.get("level").asText()).isEqualTo("NONE");
    assertThat(signal.get("enoughSessions").asBoolean()).isFalse();
    assertThat(signal.get("clientSessions").asLong()).isEqualTo(1);
  }

  /** A signed-off row offers no revision, only a correction as a new version. */
  private static void assertLocked(ChromeDriver browser, String formId) {
    assertThat(browser.findElements(rowButton(formId, "Revise"))).isEmpty();
    assertThat(browser.findElements(rowButton(formId, "Sign off"))).isEmpty();
    assertThat(browser.findElements(rowButton(formId, "Correct (new version)"))).hasSize(1);
  }

  private static By rowButton(String formId, String label) {
    return By.xpath("//form[@id='" + formId + "']//button[normalize-space(.)='" + label + "']");
  }

  /** The signed-off grade refuses a change through the API too, and keeps what was signed. */
  private static void signedOffGradeRefusesAChangeThroughTheApi(TestSchool school)
      throws Exception {
    Api supervisor = school.as(school.supervisor());
    var grades = supervisor.get("api/v1/contracting-assessments?traineeId=" + school.traineeId());
    assertThat(grades.status()).as(grades.toString()).isEqualTo(200);
    String id = grades.json().get("items").get(0).get("id").asText();
    var read = supervisor.get("api/v1/contracting-assessments/" + id);
    var changed =
        supervisor.put(
            "api/v1/contracting-assessments/" + id,
            Map.of(
                "grades",
                Map.of("focus", 5, "outcome", 5, "approach", 5, "participation", 5),
                "comment",
                "Changed afterwards"),
            read.etag());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
    assertThat(changed.json().get("detail").asText()).contains("signed off");
    assertThat(supervisor.get("api/v1/contracting-assessments/" + id).json().toString())
        .contains(COMMENT)
        .doesNotContain("Changed afterwards");
  }

  /** The trainee logs a client and one session with them a week ago. */
  private static void logClientSession(TestSchool school) throws Exception {
    Api trainee = school.as(school.trainee());
    var client =
        trainee.post("api/v1/me/clients", Map.of("code", CLIENT_CODE, "paymentBasis", "PAID"));
    assertThat(client.status()).as(client.toString()).isEqualTo(201);
    var session =
        trainee.post(
            "api/v1/me/sessions",
            Map.of(
                "clientId",
                client.json().get("id").asText(),
                "heldOn",
                LocalDate.now().minusDays(7).toString(),
                "minutes",
                60,
                "focus",
                "CLEAR",
                "outcome",
                "CLEAR",
                "approach",
                "PARTIAL",
                "participation",
                "ABSENT",
                "driftMarkers",
                List.of(),
                "responsibilityShare",
                60));
    assertThat(session.status()).as(session.toString()).isEqualTo(201);
  }
}
