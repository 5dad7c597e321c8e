package io.parallax.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Accreditation as a school and its trainee meet it, through the real Keycloak: the admin copies
 * ICF ACC and names it as the program's track; the trainee logs a group session and mentor coaching
 * and sees their progress toward ICF ACC; the admin sees the cohort's readiness as a table and a
 * chart. Screenshots at a desktop's width and at 390 px, axe-core on each page with its data. Then
 * the API: a bad field is a 400 naming it, a role's refusal a 403, another school's cohort a 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccreditationJourneyIT {

  private static final LocalDate TODAY = LocalDate.now();

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void aTraineeWorksTowardIcfAccAndTheAdminSeesTheCohortsReadiness() throws Exception {
    TestSchool school = TestSchool.onboard("aj");
    String cohortId = school.withCohort("ACC cohort", TODAY.minusDays(60));
    Api trainee = school.as(school.trainee());
    TestSchool.logWeakClientSessions(trainee, "AJ-01", 3, List.of("STORYTELLING"));

    ChromeDriver admin = Browser.open();
    try {
      SignIn.as(admin, base, "school/tracks.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      admin.get(base + "school/tracks.xhtml");
      Pages.waitFor(admin, "tracks-title");
      Pages.pick(admin, "copy-code", "ICF ACC");
      Pages.click(admin, By.id("copy"));
      Pages.waitForText(admin, By.id("tracks-messages"), "ICF ACC copied.");
      assertThat(admin.findElement(By.id("track-coachingHours_input")).getAttribute("value"))
          .isEqualTo("100");
      Pages.pick(admin, "programs:0:program-track", "ICF ACC");
      Pages.click(admin, By.id("programs:0:program-save"));
      Pages.waitForText(admin, By.id("tracks-messages"), "is saved");
      shoot(admin, "accreditation-tracks");
    } finally {
      admin.quit();
    }

    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(
          browser,
          base,
          "trainee/log-session.xhtml",
          school.trainee(),
          TestSchool.PASSWORD,
          "main");
      browser.get(base + "trainee/log-session.xhtml");
      SignIn.waitFor(browser, "log-title");
      Pages.ready(browser);
      Pages.type(browser, By.id("log:code"), "AJ-GROUP");
      Pages.click(browser, By.id("log:add-client"));
      Pages.waitForText(browser, By.id("log:messages"), "AJ-GROUP");
      Pages.typeDate(browser, "log:heldOn", TODAY.minusDays(1).toString());
      Pages.type(browser, By.id("log:minutes_input"), "90");
      Pages.type(browser, By.id("log:groupSize_input"), "4");
      for (String element : List.of("focus", "outcome", "approach", "participation")) {
        Pages.click(browser, By.cssSelector("label[for='log:" + element + ":2']"));
      }
      Pages.type(browser, By.id("log:responsibilityShare_input"), "40");
      Pages.click(browser, By.id("log:save"));
      SignIn.waitFor(browser, "sessions-title");

      browser.get(base + "trainee/accreditation.xhtml");
      Pages.waitFor(browser, "accreditation-title");
      Pages.type(browser, By.id("mentor-mentorName"), "Mo Mentor");
      Pages.typeDate(browser, "mentor-heldOn", TODAY.minusDays(3).toString());
      Pages.type(browser, By.id("mentor-minutes_input"), "120");
      Pages.click(browser, By.id("mentor-add"));
      Pages.waitForText(browser, By.id("accreditation-messages"), "Mentor coaching logged.");

      assertThat(Pages.text(browser, "readiness-heading")).contains("ICF ACC");
      // nothing approved yet: the hours stand beside the requirement, not in it
      assertThat(Pages.text(browser, "requirements"))
          .contains("Coaching hours", "0 of 100 hours", "4.5 h not submitted");
      Pages.typeDate(browser, "period-from", TODAY.minusDays(60).toString());
      Pages.typeDate(browser, "period-to", TODAY.minusDays(1).toString());
      Pages.click(browser, By.id("period-submit"));
      Pages.waitForText(browser, By.id("accreditation-messages"), "for approval.");
      assertThat(Pages.text(browser, "period-list")).contains("Waiting for approval");
      assertThat(Pages.text(browser, "requirements")).contains("4.5 h waiting for approval");

      // the supervisor returns the period with a comment, on their page
      String sessionId = sessionOn(trainee, TODAY.minusDays(3));
      String comment = "The session of " + TODAY.minusDays(3) + " ran longer: please correct.";
      ChromeDriver sol = Browser.open();
      try {
        SignIn.as(
            sol,
            base,
            "supervisor/submissions.xhtml",
            school.supervisor(),
            TestSchool.PASSWORD,
            "main");
        sol.get(base + "supervisor/submissions.xhtml");
        Pages.waitFor(sol, "approval-title");
        assertThat(Pages.text(sol, "approval:waiting"))
            .contains("Ada Test", "4 client sessions (4.5 h), 2 h mentor coaching, 0 h CPD");
        Pages.type(sol, By.id("approval:waiting:0:comment"), comment);
        Pages.click(sol, By.id("approval:waiting:0:return"));
        Pages.waitForText(sol, By.id("approval:messages"), "Period of Ada Test returned");
        assertThat(Pages.text(sol, "approval:waiting")).contains("No submission is waiting");
      } finally {
        sol.quit();
      }

      // the trainee reads the comment, corrects the session (open again) and submits again
      browser.get(base + "trainee/accreditation.xhtml");
      Pages.waitFor(browser, "accreditation-title");
      assertThat(Pages.text(browser, "period-list")).contains("Returned", comment);
      browser.get(base + "trainee/log-session.xhtml?id=" + sessionId);
      SignIn.waitFor(browser, "log-title");
      Pages.ready(browser);
      Pages.type(browser, By.id("log:minutes_input"), "75");
      Pages.click(browser, By.id("log:save"));
      SignIn.waitFor(browser, "sessions-title");
      browser.get(base + "trainee/accreditation.xhtml");
      Pages.waitFor(browser, "accreditation-title");
      Pages.click(browser, By.cssSelector("[id$='period-again']"));
      Pages.waitForText(browser, By.id("accreditation-messages"), "for approval.");
      assertThat(Pages.text(browser, "period-list")).contains("Waiting for approval", "Returned");
      assertThat(Pages.text(browser, "requirements")).contains("4.75 h waiting for approval");

      // the supervisor approves it on their page
      ChromeDriver sol2 = Browser.open();
      try {
        SignIn.as(
            sol2,
            base,
            "supervisor/submissions.xhtml",
            school.supervisor(),
            TestSchool.PASSWORD,
            "main");
        sol2.get(base + "supervisor/submissions.xhtml");
        Pages.waitFor(sol2, "approval-title");
        assertThat(Pages.text(sol2, "approval:waiting")).contains("(4.75 h)");
        shoot(sol2, "accreditation-approval");
        Pages.click(sol2, By.id("approval:waiting:0:approve"));
        Pages.waitForText(sol2, By.id("approval:messages"), "Period of Ada Test approved.");
      } finally {
        sol2.quit();
      }

      // approved: the session is locked, on the page and over REST
      browser.get(base + "trainee/log-session.xhtml?id=" + sessionId);
      SignIn.waitFor(browser, "log-title");
      Pages.ready(browser);
      Pages.type(browser, By.id("log:minutes_input"), "80");
      Pages.click(browser, By.id("log:save"));
      Pages.waitForText(browser, By.id("log:messages"), "which your supervisor approved");
      Api.Answer read = trainee.get("api/v1/me/sessions/" + sessionId);
      Map<String, Object> body = new HashMap<>();
      body.put("clientId", read.json().get("clientId").asText());
      body.put("heldOn", TODAY.minusDays(3).toString());
      body.put("minutes", 80);
      for (String element : List.of("focus", "outcome", "approach", "participation")) {
        body.put(element, "CLEAR");
      }
      body.put("responsibilityShare", 70);
      Api.Answer locked = trainee.put("api/v1/me/sessions/" + sessionId, body, read.etag());
      assertThat(locked.status()).isEqualTo(409);
      assertThat(locked.contentType()).startsWith("application/problem+json");
      assertThat(locked.response().body()).contains("which your supervisor approved");
      assertThat(trainee.get("api/v1/me/sessions/" + sessionId).json().get("minutes").asInt())
          .isEqualTo(75);

      // the audit trail: submitted, returned, submitted again, approved
      JsonNode audit =
          school.as(school.admin()).get("api/v1/audit?kind=HOUR_SUBMISSION").json().get("items");
      List<String> trail = new ArrayList<>();
      for (JsonNode entry : audit) {
        trail.add(entry.get("action").asText() + " " + entry.get("actor").asText());
      }
      assertThat(trail)
          .containsExactlyInAnyOrder(
              "CREATE Ada Test", "RETURN Sol Test", "CREATE Ada Test", "APPROVE Sol Test");

      browser.get(base + "trainee/accreditation.xhtml");
      Pages.waitFor(browser, "accreditation-title");
      assertThat(Pages.text(browser, "period-list")).contains("Approved", "Returned");
      String table = Pages.text(browser, "requirements");
      // 60 + 75 + 60 min + a 90-minute group session: 4.75 h; 1 + 4 clients; 2 h mentor coaching
      assertThat(table)
          .contains("Coaching hours", "4.75 of 100 hours")
          .contains("Clients", "5 of 8 clients")
          .contains("Mentor-coaching hours", "2 of 10 hours");
      assertThat(Pages.text(browser, "mentor-list")).contains("Mo Mentor", "120");
      shoot(browser, "accreditation-trainee");
    } finally {
      browser.quit();
    }

    JsonNode mine = trainee.get("api/v1/accreditation/readiness").json();
    assertThat(mine.get("track").asText()).isEqualTo("ICF ACC");
    assertThat(mine.get("requirements").get(0).get("done").decimalValue())
        .isEqualByComparingTo("4.75");

    ChromeDriver admin2 = Browser.open();
    try {
      SignIn.as(
          admin2, base, "school/readiness.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      admin2.get(base + "school/readiness.xhtml?cohort=" + cohortId);
      Pages.waitFor(admin2, "readiness-title");
      Pages.waitFor(admin2, "trainees");
      assertThat(Pages.text(admin2, "trainees")).contains("Ada Test", "4.75 of 100");
      assertThat(Pages.chartData(admin2, "readiness-chart")).contains("4.8"); // one decimal
      Pages.chartsDrawn(admin2);
      shoot(admin2, "accreditation-readiness");
    } finally {
      admin2.quit();
    }

    // the API: a bad field named, a role refused, another school's cohort not there
    Api.Answer zero =
        trainee.post(
            "api/v1/accreditation/mentor-coaching",
            Map.of("mentorName", "Mo", "heldOn", TODAY.toString(), "minutes", 0, "oneToOne", true));
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.contentType()).startsWith("application/problem+json");
    assertThat(zero.json().get("field").asText()).isEqualTo("minutes");
    Api.Answer noDay =
        trainee.post("api/v1/accreditation/cpd", Map.of("minutes", 60, "title", "Ethics"));
    assertThat(noDay.status()).isEqualTo(400);
    assertThat(noDay.response().body()).contains("heldOn");
    assertThat(trainee.get("api/v1/accreditation/tracks").status()).isEqualTo(403);
    assertThat(
            school
                .as(school.supervisor())
                .post("api/v1/accreditation/tracks", Map.of("code", "ICF_PCC"))
                .status())
        .isEqualTo(403);
    Api.Answer cpd =
        trainee.post(
            "api/v1/accreditation/cpd",
            Map.of("heldOn", TODAY.toString(), "minutes", 90, "title", "Ethics workshop"));
    assertThat(cpd.status()).isEqualTo(201);
    String cpdId = cpd.json().get("id").asText();

    TestSchool other = TestSchool.onboard("ajo");
    Api foreign = other.as(other.admin());
    assertThat(foreign.get("api/v1/accreditation/cohorts/" + cohortId + "/readiness").status())
        .isEqualTo(404);
    assertThat(foreign.get("api/v1/accreditation/tracks").json().size()).isZero();
    Api foreignTrainee = other.as(other.trainee());
    assertThat(foreignTrainee.get("api/v1/accreditation/cpd").json().size()).isZero();
    assertThat(
            foreignTrainee
                .put(
                    "api/v1/accreditation/cpd/" + cpdId,
                    Map.of("heldOn", TODAY.toString(), "minutes", 30, "title", "Mine now"),
                    "\"0\"")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aSchoolRunsAnEmccPractitionerCohortBesideAnIcfAccOne() throws Exception {
    TestSchool school = TestSchool.onboard("ae");
    String accCohort = school.withCohort("ACC cohort", TODAY.minusDays(60));
    Api admin = school.as(school.admin());
    String programId =
        TestSchool.created(admin.post("api/v1/programs", Map.of("name", "EMCC programme")));
    String emccCohort =
        TestSchool.created(
            admin.post(
                "api/v1/cohorts",
                Map.of(
                    "programId",
                    programId,
                    "name",
                    "EMCC cohort",
                    "startsOn",
                    TODAY.minusDays(60).toString())));
    String eveEmail = "eve@" + school.id() + ".test";
    UUID eveId = school.anotherTrainee(eveEmail, "Eve", TODAY.minusDays(60));
    TestSchool.created(
        admin.post(
            "api/v1/enrolments",
            Map.of(
                "cohortId",
                emccCohort,
                "traineeId",
                eveId.toString(),
                "enrolledOn",
                TODAY.minusDays(60).toString())));

    // the admin copies both tracks, raises EMCC's CPD figure from the shipped 16, names each
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "school/tracks.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      browser.get(base + "school/tracks.xhtml");
      Pages.waitFor(browser, "tracks-title");
      Pages.pick(browser, "copy-code", "ICF ACC");
      Pages.click(browser, By.id("copy"));
      Pages.waitForText(browser, By.id("tracks-messages"), "ICF ACC copied.");
      Pages.pick(browser, "copy-code", "EMCC EIA Practitioner");
      Pages.click(browser, By.id("copy"));
      Pages.waitForText(browser, By.id("tracks-messages"), "EMCC EIA Practitioner copied.");
      assertThat(browser.findElement(By.id("track-practiceYears_input")).getAttribute("value"))
          .isEqualTo("3");
      assertThat(browser.findElement(By.id("track-cpdHoursPerYear_input")).getAttribute("value"))
          .isEqualTo("16");
      Pages.type(browser, By.id("track-cpdHoursPerYear_input"), "20");
      Pages.click(browser, By.id("track-save"));
      Pages.waitForText(browser, By.id("tracks-messages"), "EMCC EIA Practitioner saved.");
      // programs by name: Diploma (the ACC cohort's), then EMCC programme
      assertThat(Pages.text(browser, "programs")).containsSubsequence("Diploma", "EMCC programme");
      Pages.pick(browser, "programs:0:program-track", "ICF ACC");
      Pages.click(browser, By.id("programs:0:program-save"));
      Pages.waitForText(browser, By.id("tracks-messages"), "The track of Diploma is saved.");
      Pages.pick(browser, "programs:1:program-track", "EMCC EIA Practitioner");
      Pages.click(browser, By.id("programs:1:program-save"));
      Pages.waitForText(browser, By.id("tracks-messages"), "The track of EMCC programme is saved.");
    } finally {
      browser.quit();
    }

    // Eve logs three hours with one client and four CPD hours; the supervisor approves them
    Api eve = school.as(eveEmail);
    TestSchool.logWeakClientSessions(eve, "EV-01", 3, List.of());
    TestSchool.created(
        eve.post(
            "api/v1/accreditation/cpd",
            Map.of("heldOn", TODAY.minusDays(5).toString(), "minutes", 240, "title", "Ethics")));
    String period =
        TestSchool.created(
            eve.post(
                "api/v1/accreditation/submissions",
                Map.of(
                    "from", TODAY.minusDays(60).toString(), "to", TODAY.minusDays(1).toString())));
    assertThat(
            school
                .as(school.supervisor())
                .post("api/v1/accreditation/submissions/" + period + "/approval", Map.of())
                .status())
        .isEqualTo(200);

    // Eve sees EMCC's requirements: done of required and what is missing
    ChromeDriver eveBrowser = Browser.open();
    try {
      SignIn.as(
          eveBrowser, base, "trainee/accreditation.xhtml", eveEmail, TestSchool.PASSWORD, "main");
      eveBrowser.get(base + "trainee/accreditation.xhtml");
      Pages.waitFor(eveBrowser, "accreditation-title");
      assertThat(Pages.text(eveBrowser, "readiness-heading")).contains("EMCC EIA Practitioner");
      String table = Pages.text(eveBrowser, "requirements");
      assertThat(table)
          .contains("Coaching hours", "3 of 100 hours", "97")
          .contains("Clients", "1 of 10 clients")
          .contains("Years of practice", "0 of 3 years")
          .contains("Periods with supervision", "0 of 1 periods")
          .contains("CPD hours in the last 12 months", "4 of 20 hours", "16")
          .doesNotContain("Mentor-coaching", "Paid coaching hours");
      shoot(eveBrowser, "accreditation-emcc-trainee");
    } finally {
      eveBrowser.quit();
    }
    JsonNode ada = school.as(school.trainee()).get("api/v1/accreditation/readiness").json();
    assertThat(ada.get("track").asText()).isEqualTo("ICF ACC");

    // the EMCC cohort's readiness page shows each open requirement; the ACC cohort stays ICF's
    JsonNode emcc = admin.get("api/v1/accreditation/cohorts/" + emccCohort + "/readiness").json();
    assertThat(emcc.get("track").asText()).isEqualTo("EMCC EIA Practitioner");
    assertThat(emcc.get("trainees").size()).isEqualTo(1);
    assertThat(
            admin
                .get("api/v1/accreditation/cohorts/" + accCohort + "/readiness")
                .json()
                .get("track")
                .asText())
        .isEqualTo("ICF ACC");
    ChromeDriver admin2 = Browser.open();
    try {
      SignIn.as(
          admin2, base, "school/readiness.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      admin2.get(base + "school/readiness.xhtml?cohort=" + emccCohort);
      Pages.waitFor(admin2, "readiness-title");
      Pages.waitFor(admin2, "trainees");
      assertThat(Pages.text(admin2, "cohort-heading")).contains("EMCC EIA Practitioner");
      assertThat(Pages.text(admin2, "trainees"))
          .contains("Eve Test", "3 of 100")
          .contains("Clients: 1 of 10 clients, 9 missing")
          .contains("Years of practice: 0 of 3 years, 3 missing")
          .contains("Periods with supervision: 0 of 1 periods, 1 missing")
          .contains("CPD hours in the last 12 months: 4 of 20 hours, 16 missing");
      shoot(admin2, "accreditation-emcc-readiness");
    } finally {
      admin2.quit();
    }
  }

  /** The id of the trainee's client session on {@code day}. */
  private static String sessionOn(Api trainee, LocalDate day) throws Exception {
    for (JsonNode s : trainee.get("api/v1/me/sessions?size=100").json().get("items")) {
      if (s.get("heldOn").asText().equals(day.toString())) {
        return s.get("id").asText();
      }
    }
    throw new AssertionError("no session on " + day);
  }

  /** A screenshot at a desktop's width and at 390 px, with axe-core and no sideways scroll. */
  private static void shoot(ChromeDriver browser, String name) throws Exception {
    List<String> problems = new ArrayList<>();
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        browser.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      } else {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
      browser.navigate().refresh();
      Pages.ready(browser);
      Pages.chartsDrawn(browser);
      Browser.fullPageScreenshot(browser, name + (phone ? "-phone" : "-desktop"));
      Results axe =
          new AxeBuilder()
              .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
              .analyze(browser);
      for (Rule violation : axe.getViolations()) {
        if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
          problems.add(name + (phone ? " 390 px" : "") + ": axe " + violation.getId());
        }
      }
      if (phone) {
        Object sideways =
            browser.executeScript(
                "return document.documentElement.scrollWidth >"
                    + " document.documentElement.clientWidth ? document.documentElement.scrollWidth"
                    + " : 0;");
        if (((Number) sideways).intValue() > 0) {
          problems.add(name + ": scrolls sideways at 390 px");
        }
      }
    }
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    assertThat(problems).isEmpty();
  }
}
