package io.parallax.web.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The member import in the browser, as a school admin runs it: from the members page to the import
 * page, a file uploaded, its preview with each problem at its row and column (nothing imported
 * yet), the import with its progress, and the summary; at desktop width and at 390 px, each state
 * checked by axe-core and for sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportJourneyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void theAdminUploadsAFileSeesItsProblemsImportsTheGoodRowsAndReadsTheSummary() throws Exception {
    TestSchool school = TestSchool.onboard("rj");
    school.withCohort("Spring 2026", LocalDate.now().minusMonths(1));
    RosterFile roster = new RosterFile(school.id());
    Path file = Files.createTempFile("parallax-import-", ".csv");
    Files.writeString(file, roster.csv(), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();

    ChromeDriver admin = Browser.open();
    try {
      SignIn.as(admin, base, "school/members.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      admin.get(base + "school/members.xhtml");
      Pages.click(admin, By.id("members-import"));
      Pages.waitFor(admin, "import-title");
      problems.addAll(check(admin, "the empty page"));
      admin.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
      Pages.click(admin, By.id("import-check"));
      Pages.waitFor(admin, "preview-heading");
      Pages.ready(admin);

      assertThat(Pages.text(admin, "preview-summary"))
          .contains("8 rows, 4 can be imported, 4 have problems");
      String table = Pages.text(admin, "problems");
      assertThat(table)
          .contains("Your school has no open cohort 'Winter 1999'.")
          .contains("The same e-mail address as row 3: each person once per file.")
          .contains("'not-an-address' is not an e-mail address.")
          .contains(roster.email("ada") + " is not a supervisor.")
          .contains("is in the future");
      assertThat(rowOf(admin, "Winter 1999")).startsWith("7").contains("cohort");
      assertThat(Pages.text(admin, "good")).contains(roster.email("kim")).contains("Bo Brave");
      assertThat(members(school)).doesNotContain(roster.email("bo"));
      problems.addAll(check(admin, "the preview"));
      shots(admin, "import-preview");

      Pages.click(admin, By.id("import-run"));
      Pages.waitFor(admin, "summary-heading");
      Pages.ready(admin);

      assertThat(Pages.text(admin, "summary-counts"))
          .isEqualTo("Rows that created something: 3. Already there: 1. Refused: 4.");
      assertThat(Pages.text(admin, "outcomes"))
          .contains("Invited.")
          .contains("Enrolled.")
          .contains("Supervisor assigned.")
          .contains("Already there");
      assertThat(admin.findElement(By.id("import-progress")).getText()).contains("100%");
      problems.addAll(check(admin, "the summary"));
      shots(admin, "import-summary");
    } finally {
      admin.quit();
      Files.deleteIfExists(file);
    }

    assertThat(members(school))
        .contains(roster.email("kim"), roster.email("bo"), roster.email("cy"))
        .doesNotContain(roster.email("ed"), roster.email("fa"));
    assertThat(problems).as("what is wrong on the import page").isEmpty();
  }

  /** The text of the problem table's row that mentions {@code text}, lower case. */
  private static String rowOf(ChromeDriver browser, String text) {
    return browser
        .findElement(By.xpath("//*[@id='problems']//tr[contains(., \"" + text + "\")]"))
        .getText()
        .toLowerCase();
  }

  /** Screenshots at desktop width and at 390 px; the page does not scroll sideways on the phone. */
  private static void shots(ChromeDriver browser, String name) throws Exception {
    Browser.fullPageScreenshot(browser, name + "-desktop");
    phone(browser, true);
    try {
      Browser.fullPageScreenshot(browser, name + "-phone");
    } finally {
      phone(browser, false);
    }
  }

  /** What axe-core finds serious on the page, at both widths, and sideways scrolling at 390 px. */
  private static List<String> check(ChromeDriver browser, String state) {
    List<String> found = new ArrayList<>();
    for (boolean phone : List.of(false, true)) {
      phone(browser, phone);
      String where = state + (phone ? " at 390 px" : " at desktop width");
      if (phone) {
        Number wide =
            (Number)
                browser.executeScript(
                    "return document.documentElement.scrollWidth >"
                        + " document.documentElement.clientWidth ?"
                        + " document.documentElement.scrollWidth : 0;");
        if (wide.intValue() > 0) {
          found.add(where + ": scrolls sideways (" + wide + " px wide)");
        }
      }
      Results axe =
          new AxeBuilder()
              .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
              .analyze(browser);
      for (Rule violation : axe.getViolations()) {
        if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
          found.add(
              where
                  + ": axe "
                  + violation.getId()
                  + " e.g. "
                  + violation.getNodes().get(0).getTarget());
        }
      }
    }
    phone(browser, false);
    return found;
  }

  private static void phone(ChromeDriver browser, boolean phone) {
    if (phone) {
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    } else {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static List<String> members(TestSchool school) throws Exception {
    Api admin = school.as(school.admin());
    List<String> emails = new ArrayList<>();
    admin
        .get("api/v1/members?size=100")
        .json()
        .get("items")
        .forEach(m -> emails.add(m.get("email").asText()));
    return emails;
  }
}
