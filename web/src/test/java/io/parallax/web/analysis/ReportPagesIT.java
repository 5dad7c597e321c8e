package io.parallax.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The cohort report and the trainee drill-down as a school admin and a supervisor read them in a
 * real Chromium, signed in through the real Keycloak, over a school filled through the API: one
 * supervised trainee whose weak contracting in supervision mirrors their client sessions, and one
 * trainee the supervisor does not supervise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPagesIT {

  private static final LocalDate TODAY = LocalDate.now();

  private static TestSchool school;
  private static String cohortId;
  private static String otherTraineeName;

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @BeforeAll
  static void aCohortWithAMirroringTraineeAndAnUnsupervisedOne() throws Exception {
    school = TestSchool.onboard("rp");
    Api admin = school.as(school.admin());
    String other = "bo@" + school.id() + ".test";
    String otherId =
        TestSchool.created(
            admin.post(
                "api/v1/members",
                Map.of(
                    "email",
                    other,
                    "firstName",
                    "Bo",
                    "lastName",
                    "Other",
                    "roles",
                    List.of("TRAINEE"))));
    Realm.activate(other, TestSchool.PASSWORD);
    otherTraineeName = "Bo Other";
    cohortId = school.withCohort("Spring cohort", TODAY.minusDays(120), otherId);

    TestSchool.logWeakClientSessions(
        school.as(school.trainee()), "RP-01", 4, List.of("STORYTELLING"));
    TestSchool.logWeakClientSessions(
        Api.as(Deployments.baseUrl(), other, TestSchool.PASSWORD),
        "RP-02",
        2,
        List.of("STORYTELLING"));
    for (int days : List.of(40, 12)) {
      school.recordMirroringSupervision(
          TODAY.minusDays(days), Map.of("driftMarkers", List.of("STORYTELLING")));
    }
  }

  @Test
  void aSchoolAdminReadsTheCohortReportDrillsIntoATraineeAndDownloadsAnExport() throws Exception {
    Path downloads = Files.createTempDirectory("parallax-downloads-");
    ChromeDriver browser = Browser.open(downloads);
    try {
      SignIn.as(browser, base, "home.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      browser.get(base + "reports/cohort.xhtml?cohort=" + cohortId);
      Pages.waitFor(browser, "report");
      assertThat(Pages.text(browser, "report-title")).isEqualTo("Cohort report: Spring cohort");
      assertThat(Pages.text(browser, "show")).isEqualTo("Show");
      assertThat(Pages.chartData(browser, "trend-chart")).isNotEqualTo("null").contains("[");
      String heatMap = Pages.text(browser, "heat-map");
      assertThat(heatMap).contains("Ada", otherTraineeName);
      assertThat(Pages.text(browser, "heat-legend")).startsWith("Weak in both places:");
      Pages.chartsDrawn(browser);
      Browser.screenshot(browser, "reports-admin-cohort");

      JsonNode signal =
          school
              .as(school.admin())
              .get("api/v1/reports/trainees/" + school.traineeId())
              .json()
              .get("signal");
      String level = signal.get("level").asText();
      assertThat(level).isIn("POSSIBLE", "LIKELY");

      Pages.click(browser, By.xpath("//*[@id='heat-map']//a[contains(normalize-space(.), 'Ada')]"));
      Pages.waitFor(browser, "drill");
      assertThat(Pages.text(browser, "trainee-title")).startsWith("Trainee drill-down: Ada");
      assertThat(Pages.text(browser, "signal-level")).isEqualToIgnoringCase(level);
      assertThat(Pages.text(browser, "signal-points")).isEqualTo(signal.get("points").asText());
      assertThat(Pages.text(browser, "signal-mirrored")).contains("Outcome", "Participation");
      Browser.screenshot(browser, "reports-admin-trainee");

      // every number links to the sessions behind it: the evidence count lists that many sessions
      int evidence = Integer.parseInt(Pages.text(browser, "evidence-count"));
      assertThat(evidence).isPositive();
      Pages.click(browser, By.id("evidence-count"));
      Pages.until(browser, "the evidence filter", b -> b.getCurrentUrl().contains("only=EVIDENCE"));
      Pages.ready(browser);
      assertThat(browser.findElements(By.cssSelector("[id='sessions_data'] tr"))).hasSize(evidence);

      browser.get(base + "reports/cohort.xhtml?cohort=" + cohortId);
      Pages.waitFor(browser, "exports-form");
      Pages.click(browser, By.id("exports-form:export-csv"));
      Pages.waitForText(browser, By.id("exports-form:exports"), "Ready to download");
      Pages.click(
          browser, By.xpath("//*[@id='exports-form:exports']//button[contains(., 'Download')]"));
      // CSV is one file per table: the download is a ZIP of them
      Path zip =
          Pages.until(
              browser,
              "the CSV download in " + downloads,
              b -> {
                try (var files = Files.list(downloads)) {
                  return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                  return null;
                }
              });
      StringBuilder exported = new StringBuilder();
      try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
        for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          assertThat(entry.getName()).endsWith(".csv");
          exported.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      assertThat(exported.toString()).contains("Ada", otherTraineeName);
      Browser.screenshot(browser, "reports-admin-export");
    } finally {
      browser.quit();
    }
  }

  /**
   * The cohort PDF as a school admin keeps it, asked for in German through the API: its text names
   * the school, the cohort and every trainee of the heat map, shares print as German percentages;
   * page 1 is saved as {@code target/screenshots/cohort-report-pdf-page1.png}.
   */
  @Test
  void theCohortPdfNamesSchoolCohortAndEveryTraineeInTheRequestersLanguage() throws Exception {
    String token = Realm.token(school.admin(), TestSchool.PASSWORD);
    var http = java.net.http.HttpClient.newHttpClient();
    var asked =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    base.toURI()
                        .resolve("api/v1/reports/cohorts/" + cohortId + "/exports?format=PDF"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    String status = asked.headers().firstValue("Location").orElseThrow();
    Api admin = school.as(school.admin());
    String state = "";
    for (int i = 0; i < 120 && !state.equals("READY") && !state.equals("FAILED"); i++) {
      Thread.sleep(500);
      state = admin.get(status.substring(status.indexOf("api/v1/"))).json().get("status").asText();
    }
    assertThat(state).isEqualTo("READY");
    var file =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(status + "/file"))
                .header("Authorization", "Bearer " + token)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

    try (var document = org.apache.pdfbox.Loader.loadPDF(file.body())) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper()
              .getText(document)
              .replace('\u00a0', ' ')
              .replaceAll(" +", " ");
      assertThat(text)
          .contains("Kohortenbericht: Spring cohort")
          .contains("School " + school.id())
          .contains("Gespiegelte Schwächen")
          .contains("Ada", otherTraineeName)
          .containsPattern("[0-9]+,[0-9] %")
          .contains("Seite 1 von " + document.getNumberOfPages());
      var page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110);
      Path png = Path.of(System.getProperty("parallax.test.screenshots", "target/screenshots"));
      Files.createDirectories(png);
      javax.imageio.ImageIO.write(page, "png", png.resolve("cohort-report-pdf-page1.png").toFile());
    }
  }

  @Test
  void aSupervisorSeesOnlyTheirSuperviseesRowsAndNoOtherTrainee() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.supervisor(), TestSchool.PASSWORD, "main");
      browser.get(base + "reports/cohort.xhtml?cohort=" + cohortId);
      Pages.waitFor(browser, "report");
      String heatMap = Pages.text(browser, "heat-map");
      assertThat(heatMap).contains("Ada").doesNotContain(otherTraineeName);
      Pages.chartsDrawn(browser);
      Browser.screenshot(browser, "reports-supervisor-cohort");

      // the drill-down of a trainee they do not supervise is refused, not shown
      String otherId =
          school
              .as(school.admin())
              .get("api/v1/members?role=TRAINEE&size=50")
              .json()
              .get("items")
              .findValues("id")
              .stream()
              .map(JsonNode::asText)
              .filter(id -> !id.equals(school.traineeId().toString()))
              .findFirst()
              .orElseThrow();
      browser.get(base + "reports/trainee.xhtml?trainee=" + otherId);
      Pages.ready(browser);
      assertThat(browser.findElements(By.id("drill"))).isEmpty();
      assertThat(Pages.describe(browser)).doesNotContain(otherTraineeName);
      Browser.screenshot(browser, "reports-supervisor-refused");
    } finally {
      browser.quit();
    }
  }

  @Test
  void anotherSchoolsAdminGetsNothingOfThisCohort() throws Exception {
    TestSchool other = TestSchool.onboard("rpx");
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", other.admin(), TestSchool.PASSWORD, "main");
      browser.get(base + "reports/cohort.xhtml?cohort=" + cohortId);
      Pages.ready(browser);
      assertThat(browser.findElements(By.id("report"))).isEmpty();
      assertThat(Pages.describe(browser)).doesNotContain("Spring cohort", "Ada", otherTraineeName);
      browser.get(base + "reports/trainee.xhtml?trainee=" + school.traineeId());
      Pages.ready(browser);
      assertThat(browser.findElements(By.id("drill"))).isEmpty();
      assertThat(Pages.describe(browser)).doesNotContain("Ada");
    } finally {
      browser.quit();
    }
  }
}
