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

      Api supervisor = school.as(school.supervisor());
      JsonNode waiting = supervisor.get("api/v1/accreditation/submissions/waiting").json();
      assertThat(waiting.size()).isEqualTo(1);
      String period = waiting.get(0).get("id").asText();
      assertThat(
              supervisor
                  .post("api/v1/accreditation/submissions/" + period + "/approval", Map.of())
                  .status())
          .isEqualTo(200);

      browser.get(base + "trainee/accreditation.xhtml");
      Pages.waitFor(browser, "accreditation-title");
      assertThat(Pages.text(browser, "period-list")).contains("Approved");
      String table = Pages.text(browser, "requirements");
      // 3 × 60 min + a 90-minute group session: 4.5 h; 1 + 4 clients; 2 h mentor coaching
      assertThat(table)
          .contains("Coaching hours", "4.5 of 100 hours")
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
        .isEqualByComparingTo("4.5");

    ChromeDriver admin2 = Browser.open();
    try {
      SignIn.as(
          admin2, base, "school/readiness.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      admin2.get(base + "school/readiness.xhtml?cohort=" + cohortId);
      Pages.waitFor(admin2, "readiness-title");
      Pages.waitFor(admin2, "trainees");
      assertThat(Pages.text(admin2, "trainees")).contains("Ada Test", "4.5 of 100");
      assertThat(Pages.chartData(admin2, "readiness-chart")).contains("4.5");
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
