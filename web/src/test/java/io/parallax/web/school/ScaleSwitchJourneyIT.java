package io.parallax.web.school;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
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
 * A school switches its developmental scale in the browser: the admin picks EMCC, then defines the
 * school's own three-level scale (a level left undescribed is refused at its field first); the
 * supervisor's stage assessment page then offers the new levels. Screenshots at desktop width and
 * at 390 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScaleSwitchJourneyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void theAdminSwitchesToEmccThenToTheSchoolsOwnScaleAndTheSupervisorAssessesOnIt()
      throws Exception {
    TestSchool school = TestSchool.onboard("ssj");
    school.withCohort("Scale cohort", LocalDate.now().minusDays(30));

    ChromeDriver admin = Browser.open();
    try {
      SignIn.as(admin, base, "school/scales.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      admin.get(base + "school/scales.xhtml");
      Pages.waitFor(admin, "scales-title");
      assertThat(Pages.text(admin, "scale-default")).contains("Integrated Developmental Model");

      Pages.pick(admin, "scale-kind", "EMCC");
      Pages.click(admin, By.id("scale-pick"));
      Pages.waitForText(admin, By.id("scales-messages"), "New stage assessments now use");
      assertThat(Pages.text(admin, "scale-default")).contains("EMCC");
      assertThat(Pages.text(admin, "scales")).contains("Senior Practitioner");
      screenshots(admin, "scale-switch-emcc");

      Pages.type(admin, By.id("custom-name"), "Our own scale");
      List<String> names = List.of("Novice", "Skilled", "Expert");
      for (int i = 0; i < names.size(); i++) {
        Pages.type(admin, By.id("custom-levels:" + i + ":level-name"), names.get(i));
        if (i < 2) {
          Pages.type(
              admin,
              By.id("custom-levels:" + i + ":level-description"),
              "What a " + names.get(i).toLowerCase() + " coach shows.");
        }
      }
      Pages.click(admin, By.id("custom-save"));
      Pages.ready(admin);
      assertThat(Pages.errorAt(admin, "custom-levels:2:level-description"))
          .contains("Describe every level");
      screenshots(admin, "scale-switch-custom-refused");

      Pages.type(admin, By.id("custom-levels:2:level-description"), "Works beyond the model.");
      Pages.click(admin, By.id("custom-save"));
      Pages.waitForText(admin, By.id("scales-messages"), "is now the default scale");
      assertThat(Pages.text(admin, "scale-default")).contains("Our own scale");
      assertThat(Pages.text(admin, "scales"))
          .contains("Skilled")
          .contains("Works beyond the model.");
      screenshots(admin, "scale-switch-custom");
    } finally {
      admin.quit();
    }

    ChromeDriver supervisor = Browser.open();
    try {
      SignIn.as(
          supervisor,
          base,
          "supervisor/assess-stage.xhtml",
          school.supervisor(),
          TestSchool.PASSWORD,
          "main");
      supervisor.get(base + "supervisor/assess-stage.xhtml");
      Pages.waitFor(supervisor, "stage:level");
      assertThat(Pages.text(supervisor, "stage:level"))
          .contains("Novice")
          .contains("Skilled")
          .contains("Expert")
          .doesNotContain("Level 1")
          .doesNotContain("Practitioner");
      screenshots(supervisor, "scale-switch-supervisor-assess");
    } finally {
      supervisor.quit();
    }
  }

  /** The page at desktop width, then at a phone's 390 px, then back. */
  private static void screenshots(ChromeDriver browser, String name) throws Exception {
    Browser.fullPageScreenshot(browser, name + "-desktop");
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    Pages.ready(browser);
    Object sideways =
        browser.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth"
                + " ? document.documentElement.scrollWidth : 0;");
    assertThat(((Number) sideways).intValue()).as(name + " scrolls sideways at 390 px").isZero();
    Browser.fullPageScreenshot(browser, name + "-phone");
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    Pages.ready(browser);
  }
}
