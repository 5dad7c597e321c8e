package io.parallax.web.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
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
 * A calibration round in the browser, as a school runs it: the admin writes a vignette and asks two
 * supervisors to grade it; each grades blind on their own page; once both have, the results open on
 * the admin's page with the agreement. Another school's admin finds no such exercise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalibrationJourneyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void theAdminRunsARoundTwoSupervisorsGradeAndTheResultsOpenWithAgreement() throws Exception {
    TestSchool school = TestSchool.onboard("cj");
    String second = "kim@" + school.id() + ".test";
    TestSchool.created(
        school
            .as(school.admin())
            .post(
                "api/v1/members",
                Map.of(
                    "email",
                    second,
                    "firstName",
                    "Kim",
                    "lastName",
                    "Second",
                    "roles",
                    List.of("SUPERVISOR"))));
    Realm.activate(second, TestSchool.PASSWORD);

    ChromeDriver admin = Browser.open();
    try {
      SignIn.as(
          admin, base, "school/calibration.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      admin.get(base + "school/calibration.xhtml");
      Pages.waitFor(admin, "calibration-title");
      Pages.type(admin, By.id("exercise-title"), "Spring round");
      Pages.type(
          admin,
          By.id("exercise-vignette"),
          "The coach opens with 'what would you like to talk about?' and follows the client's story"
              + " for twenty minutes before asking what a good outcome would be.");
      Pages.tickInMenu(admin, "exercise-supervisors", "Sol Test");
      Pages.tickInMenu(admin, "exercise-supervisors", "Kim Second");
      Pages.click(admin, By.id("exercise-create"));
      Pages.waitForText(admin, By.id("exercise-messages"), "Spring round");
      Browser.fullPageScreenshot(admin, "calibration-created");

      grade(school.supervisor(), List.of(2, 2, 3, 1), "Focus unclear, outcome never agreed.");
      grade(second, List.of(3, 2, 3, 2), "Some focus late on; outcome asked for, not agreed.");

      admin.get(base + "school/calibration.xhtml");
      Pages.waitFor(admin, "calibration-title");
      Pages.click(admin, By.id("exercises:0:show-results"));
      Pages.waitFor(admin, "agreement-alpha");
      assertThat(Pages.text(admin, "results-heading")).contains("Spring round");
      assertThat(Pages.text(admin, "results")).contains("Sol Test").contains("Kim Second");
      assertThat(Pages.text(admin, "agreement")).isNotBlank();
      Browser.fullPageScreenshot(admin, "calibration-results");
    } finally {
      admin.quit();
    }

    Api own = school.as(school.admin());
    String exercise = own.get("api/v1/calibration/exercises").json().get(0).get("id").asText();
    TestSchool other = TestSchool.onboard("cjo");
    Api foreign = other.as(other.admin());
    assertThat(foreign.get("api/v1/calibration/exercises/" + exercise).status()).isEqualTo(404);
    assertThat(foreign.get("api/v1/calibration/exercises/" + exercise + "/results").status())
        .isEqualTo(404);
    assertThat(foreign.get("api/v1/calibration/exercises").json().size()).isZero();
  }

  /** {@code supervisor} grades the exercise's one case on their own page: 1-5 per element. */
  private void grade(String supervisor, List<Integer> grades, String rationale) throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(
          browser, base, "supervisor/calibration.xhtml", supervisor, TestSchool.PASSWORD, "main");
      browser.get(base + "supervisor/calibration.xhtml");
      Pages.waitFor(browser, "grading-title");
      Pages.click(browser, By.id("my-exercises:0:open-exercise"));
      Pages.waitFor(browser, "exercise-heading");
      List<String> fields = List.of("focus", "outcome", "approach", "participation");
      for (int i = 0; i < fields.size(); i++) {
        Pages.click(
            browser,
            By.cssSelector(
                "label[for='case-0-" + fields.get(i) + "Grade:" + (grades.get(i) - 1) + "']"));
      }
      Pages.type(browser, By.id("case-0-rationale"), rationale);
      Pages.click(browser, By.id("case-0-save"));
      Pages.waitForText(browser, By.id("grading-messages"), "is saved");
      Browser.fullPageScreenshot(browser, "calibration-graded-" + supervisor.substring(0, 3));
    } finally {
      browser.quit();
    }
  }
}
