package io.parallax.web.privacy;

import static io.parallax.web.identity.TestSchool.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * A school admin opens the audit page a moment after a trainee read their reflection: the read is
 * listed by name and kind of record, the kind filter narrows it, and the page reads at desktop
 * width and at 390 px (screenshots of both). An erased trainee is named on none of the school
 * admin's pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditJourneyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  @Test
  void theSchoolAdminSeesTheReadOfAMomentAgoAndFiltersByKind() throws Exception {
    TestSchool school = TestSchool.onboard("audj");
    Api ada = school.as(school.trainee());
    String adaName = ada.get("api/v1/members/me").json().get("displayName").asText();
    String clientId =
        created(ada.post("api/v1/me/clients", Map.of("code", "AJ-1", "paymentBasis", "PAID")));
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("clientId", clientId);
    session.put("heldOn", LocalDate.now().minusDays(2).toString());
    session.put("minutes", 50);
    session.put("focus", "CLEAR");
    session.put("outcome", "CLEAR");
    session.put("approach", "PARTIAL");
    session.put("participation", "CLEAR");
    session.put("responsibilityShare", 50);
    session.put("reflection", "A private thought");
    String sessionId = created(ada.post("api/v1/me/sessions", session));
    ada.get("api/v1/me/sessions/" + sessionId);

    java.net.URL base = Deployments.baseUrl();
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "school/audit.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      browser.get(base + "school/audit.xhtml");
      Pages.ready(browser);
      String table = Pages.text(browser, "audit-form:audit-entries");
      assertThat(table).contains(adaName, "Client session", "Read").doesNotContain("A private");
      Browser.fullPageScreenshot(browser, "audit-journey-desktop");

      Pages.pick(browser, "audit-kind", "Supervision session");
      Pages.click(browser, By.id("audit-filter"));
      Pages.waitForText(browser, By.id("audit-form:audit-entries"), "Nothing recorded");

      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      browser.get(base + "school/audit.xhtml");
      Pages.ready(browser);
      assertThat(Pages.text(browser, "audit-form:audit-entries")).contains(adaName);
      Object overflow =
          browser.executeScript(
              "return document.documentElement.scrollWidth > window.innerWidth + 1;");
      assertThat(overflow).isEqualTo(Boolean.FALSE);
      Browser.fullPageScreenshot(browser, "audit-journey-phone");
    } finally {
      browser.quit();
    }
  }

  /**
   * After a departed trainee's erasure, the school admin's pages show them by their pseudonym only:
   * the members page, the erasure page, the audit page, the cohort report and the trainee's
   * drill-down hold neither their name nor their address, not even in the markup.
   */
  @Test
  void anErasedTraineeIsNamedOnNoPageOfTheSchoolAdmin() throws Exception {
    TestSchool school = TestSchool.onboard("audx");
    String cohortId = school.withCohort("Winter", LocalDate.now().minusMonths(2));
    Api ada = school.as(school.trainee());
    Api admin = school.as(school.admin());
    var me = ada.get("api/v1/members/me").json();
    String adaId = me.get("id").asText();
    String adaName = me.get("displayName").asText();
    String adaEmail = me.get("email").asText();
    TestSchool.logWeakClientSessions(ada, "AX-1", 3, java.util.List.of());
    school.recordMirroringSupervision(LocalDate.now().minusDays(2), Map.of());
    String sessionId = ada.get("api/v1/me/sessions").json().get("items").get(0).get("id").asText();
    ada.get("api/v1/me/sessions/" + sessionId);
    java.util.List<String> pages =
        java.util.List.of(
            "school/members.xhtml",
            "school/erasure.xhtml",
            "school/audit.xhtml",
            "reports/cohort.xhtml?cohort=" + cohortId,
            "reports/trainee.xhtml?trainee=" + adaId + "&cohort=" + cohortId);

    java.net.URL base = Deployments.baseUrl();
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "school/audit.xhtml", school.admin(), TestSchool.PASSWORD, "main");
      // before: the pages name her (so the check after the erasure means something)
      for (String page :
          java.util.List.of(pages.get(0), pages.get(2), pages.get(3), pages.get(4))) {
        browser.get(base + page);
        Pages.ready(browser);
        assertThat(browser.getPageSource()).as(page + " before the erasure").contains(adaName);
      }
      String version = admin.get("api/v1/members/" + adaId).etag();
      assertThat(admin.post("api/v1/members/" + adaId + "/deactivation", null, version).status())
          .isEqualTo(200);
      browser.get(base + pages.get(1));
      Pages.ready(browser);
      assertThat(browser.getPageSource()).as("departed, not yet erased").contains(adaName);
      Api.Answer erased =
          admin.post(
              "api/v1/members/" + adaId + "/erasure",
              null,
              admin.get("api/v1/members/" + adaId).etag());
      assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
      String pseudonym = erased.json().get("pseudonym").asText();

      for (String page : pages) {
        browser.get(base + page);
        Pages.ready(browser);
        assertThat(browser.getPageSource())
            .as(page + " after the erasure")
            .doesNotContain(adaName, adaEmail, "ada@");
      }
      browser.get(base + "school/erasure.xhtml");
      Pages.ready(browser);
      assertThat(Pages.text(browser, "erasure-form:departed")).contains(pseudonym);
      browser.get(base + "reports/trainee.xhtml?trainee=" + adaId + "&cohort=" + cohortId);
      Pages.ready(browser);
      assertThat(browser.findElement(By.tagName("main")).getText()).contains(pseudonym);
      Browser.fullPageScreenshot(browser, "erased-trainee-drill-down");
    } finally {
      browser.quit();
    }
  }
}
