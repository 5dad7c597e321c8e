package io.parallax.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.Tables;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The platform admin's and the school admin's pages in a real Chromium, signed in through the real
 * Keycloak: onboarding a school, inviting and deactivating members, programs and cohorts,
 * supervisor assignments and enrolments; their lazy tables filter and sort in the database; bad
 * input is shown next to its field and creates nothing; destructive actions ask first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void theOperatorOnboardsASchoolThroughTheFormAndItsAdminIsInvited() throws Exception {
    String id = "form-" + UUID.randomUUID().toString().substring(0, 8);
    String admin = "founder@" + id + ".test";
    ChromeDriver browser = Browser.open();
    try {
      signInAsOperator(browser);

      fillOnboarding(browser, id, "Form School " + id, admin);
      Pages.click(browser, By.id("onboard-submit"));

      Pages.waitForText(browser, By.id("onboard-messages"), "is on board");
      Tables.filter(browser, "schools-form:schools:id:filter", id);
      Tables.waitForRows(
          browser, "schools-form:schools", rows -> rows.size() == 1, "only " + id, id);
      Browser.screenshot(browser, "admin-school-onboarded");
    } finally {
      browser.quit();
    }
    assertThat(Realm.organizationAliases()).contains(id);
    ChromeDriver invitee = Browser.open();
    try {
      SignIn.openActionLink(invitee, Invitations.link(admin));
      invitee.findElement(By.id("password-new")).sendKeys(TestSchool.PASSWORD);
      invitee.findElement(By.id("password-confirm")).sendKeys(TestSchool.PASSWORD);
      invitee.findElement(By.cssSelector("[type=submit]")).click();
      SignIn.continueToApplication(invitee, "members-title", admin, TestSchool.PASSWORD);
      Browser.screenshot(invitee, "admin-school-founder-members");
    } finally {
      invitee.quit();
    }
  }

  @Test
  void badOnboardingInputIsShownAtItsFieldAndCreatesNothing() throws Exception {
    String id = "bad-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> organizations = Realm.organizationAliases();
    ChromeDriver browser = Browser.open();
    try {
      signInAsOperator(browser);

      fillOnboarding(browser, "Not An Id!", "Bad School", "founder@" + id + ".test");
      Pages.click(browser, By.id("onboard-submit"));
      Pages.waitForText(browser, By.id("onboard-id-message"), "lower-case letters");
      Browser.screenshot(browser, "admin-school-bad-id");

      fillOnboarding(browser, id, "Bad School", "not-an-address");
      Pages.click(browser, By.id("onboard-submit"));
      Pages.waitForText(browser, By.id("onboard-adminEmail-message"), "e-mail address");
      assertThat(Pages.text(browser, "onboard-id-message")).isEmpty();

      Pages.type(browser, By.id("onboard-name"), "");
      Pages.click(browser, By.id("onboard-submit"));
      Pages.waitForText(browser, By.id("onboard-name-message"), "Give the school's name.");
      Browser.screenshot(browser, "admin-school-bad-email-and-name");

      Tables.filter(browser, "schools-form:schools:id:filter", id);
      Tables.waitForRows(browser, "schools-form:schools", List::isEmpty, "no school " + id, null);
    } finally {
      browser.quit();
    }
    assertThat(Realm.organizationAliases()).isEqualTo(organizations);
    assertThat(Realm.admin().users().search("founder@" + id + ".test", true)).isEmpty();
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    assertThat(operator.get("api/v1/schools/" + id).status()).isEqualTo(404);
  }

  @Test
  void aSchoolAdminInvitesAMemberAndDeactivatesOneOnlyAfterConfirming() throws Exception {
    TestSchool school = TestSchool.onboard("adm");
    String invited = "noor@" + school.id() + ".test";
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.admin(), TestSchool.PASSWORD, "members-title");

      Pages.type(browser, By.id("invite-email"), "not-an-address");
      Pages.type(browser, By.id("invite-firstName"), "Noor");
      Pages.type(browser, By.id("invite-lastName"), "Invited");
      Pages.click(browser, By.id("invite-submit"));
      Pages.waitForText(browser, By.id("invite-email-message"), "e-mail address");
      Browser.screenshot(browser, "admin-members-bad-email");

      Pages.type(browser, By.id("invite-email"), invited);
      Pages.tick(browser, "invite-roles", "Supervisor");
      Pages.click(browser, By.id("invite-submit"));
      Pages.waitForText(browser, By.id("invite-messages"), "is invited");
      Tables.filter(browser, "members-form:members:name:filter", "noor");
      Tables.waitForRows(
          browser,
          "members-form:members",
          rows -> rows.size() == 1 && rows.get(0).contains("Trainee"),
          "Noor Invited, supervisor and trainee",
          "Noor Invited");
      assertThat(Tables.rows(browser, "members-form:members").get(0)).contains("Supervisor");
      Browser.screenshot(browser, "admin-members-invited");
      assertThat(Invitations.link(invited)).contains("action-token");

      Tables.filter(browser, "members-form:members:name:filter", "");
      Pages.pick(browser, "members-form:members:role-filter", "Trainee");
      Tables.waitForRows(
          browser,
          "members-form:members",
          rows -> rows.size() == 2,
          "the two trainees",
          "Ada Test");

      Pages.click(browser, Tables.button("members-form:members", "Ada Test", "Deactivate"));
      Pages.waitForText(
          browser, By.cssSelector(".ui-confirm-dialog"), "they can no longer sign in");
      Browser.screenshot(browser, "admin-members-deactivate-confirm");
      Pages.click(browser, By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
      Pages.ready(browser);
      assertThat(Tables.row(browser, "members-form:members", "Ada Test")).contains("Active");

      Pages.click(browser, Tables.button("members-form:members", "Ada Test", "Deactivate"));
      Pages.confirm(browser);
      Tables.waitForRows(
          browser,
          "members-form:members",
          rows -> rows.stream().anyMatch(r -> r.contains("Ada Test") && r.contains("Deactivated")),
          "Ada Test deactivated",
          "Ada Test");
      Browser.screenshot(browser, "admin-members-deactivated");
    } finally {
      browser.quit();
    }
    assertThat(Realm.user(school.trainee()).isEnabled()).isFalse();
  }

  @Test
  void aSchoolAdminOpensEditsArchivesAndFindsProgramsAndCohorts() throws Exception {
    TestSchool school = TestSchool.onboard("coh");
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.admin(), TestSchool.PASSWORD, "members-title");
      Pages.click(browser, By.id("menu-cohorts"));
      Pages.waitFor(browser, "cohorts-title");

      openProgram(browser, "EMCC Practitioner");
      openProgram(browser, "ICF Level 2");
      Pages.click(browser, By.id("cohort-save"));
      Pages.waitForText(browser, By.id("cohort-program-message"), "pick one");
      openCohort(browser, "EMCC Practitioner", "Spring 2027", "2027-03-01");
      openCohort(browser, "ICF Level 2", "Autumn 2026", "2026-09-01");
      Browser.screenshot(browser, "admin-cohorts-opened");

      Tables.filter(browser, "programs:name:filter", "icf");
      Tables.waitForRows(browser, "programs", rows -> rows.size() == 1, "ICF only", "ICF Level 2");
      assertThat(Tables.firstCells(browser, "cohorts"))
          .containsExactly("Spring 2027", "Autumn 2026");
      Pages.click(browser, By.id("cohorts:startsOn"));
      Tables.waitForFirstCells(browser, "cohorts", "Autumn 2026", "Spring 2027");
      Pages.click(browser, By.id("cohorts:startsOn"));
      Tables.waitForFirstCells(browser, "cohorts", "Spring 2027", "Autumn 2026");
      Tables.filter(browser, "cohorts:program:filter", "emcc");
      Tables.waitForRows(
          browser, "cohorts", rows -> rows.size() == 1, "EMCC's cohort", "Spring 2027");
      Browser.screenshot(browser, "admin-cohorts-filtered");

      Pages.click(browser, Tables.button("cohorts", "Spring 2027", "Edit"));
      Pages.waitForText(browser, By.id("cohort-save"), "Save cohort");
      Pages.type(browser, By.id("cohort-name"), "Spring 2027 (evening)");
      Pages.typeDate(browser, "cohort-endsOn", "2027-01-01");
      Pages.click(browser, By.id("cohort-save"));
      Pages.waitForText(browser, By.id("cohort-endsOn-message"), "before it starts");
      Pages.typeDate(browser, "cohort-endsOn", "2027-12-15");
      Pages.click(browser, By.id("cohort-save"));
      Tables.waitForRows(
          browser,
          "cohorts",
          rows -> rows.size() == 1 && rows.get(0).contains(shown(LocalDate.of(2027, 12, 15))),
          "the edited cohort",
          "Spring 2027 (evening)");

      Pages.click(browser, Tables.button("cohorts", "Spring 2027 (evening)", "Archive"));
      Pages.waitForText(browser, By.cssSelector(".ui-confirm-dialog"), "Archive?");
      Browser.screenshot(browser, "admin-cohorts-archive-confirm");
      Pages.confirm(browser);
      Tables.waitForRows(
          browser,
          "cohorts",
          rows -> rows.size() == 1 && rows.get(0).contains("Archived"),
          "the archived cohort",
          "Spring 2027 (evening)");
      Tables.filter(browser, "cohorts:program:filter", "");
      Pages.pick(browser, "cohorts:cohort-status-filter", "Open");
      Tables.waitForRows(
          browser, "cohorts", rows -> rows.size() == 1, "the open cohort", "Autumn 2026");
      Browser.screenshot(browser, "admin-cohorts-archived");
    } finally {
      browser.quit();
    }
    var cohorts = school.as(school.admin()).get("api/v1/cohorts").json().toString();
    assertThat(cohorts).contains("Spring 2027 (evening)", "ARCHIVED", "Autumn 2026");
  }

  @Test
  void aSchoolAdminAssignsASupervisorEnrolsATraineeAndEndsAnAssignmentAfterConfirming()
      throws Exception {
    TestSchool school = TestSchool.onboard("asg");
    Api admin = school.as(school.admin());
    var program = admin.post("api/v1/programs", Map.of("name", "ICF Level 2"));
    admin.post(
        "api/v1/cohorts",
        Map.of(
            "programId", program.json().get("id").asText(),
            "name", "Cohort A",
            "startsOn", "2026-01-05"));
    LocalDate today = LocalDate.now();
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.admin(), TestSchool.PASSWORD, "members-title");
      Pages.click(browser, By.id("menu-assignments"));
      Pages.waitFor(browser, "assignments-title");

      Pages.pick(browser, "assign-supervisor", "Sol Test");
      Pages.click(browser, By.id("assign-submit"));
      Pages.waitForText(browser, By.id("assign-trainee-message"), "Pick the trainee");

      Pages.pick(browser, "assign-trainee", "Ada Test");
      Pages.typeDate(browser, "assign-startsOn", today.minusDays(90).toString());
      Pages.typeDate(browser, "assign-endsOn", today.minusDays(31).toString());
      Pages.click(browser, By.id("assign-submit"));
      Pages.waitForText(browser, By.id("assignments-messages"), "is assigned");
      Tables.waitForRows(
          browser,
          "assignments",
          rows -> rows.size() == 1 && rows.get(0).contains(shown(today.minusDays(31))),
          "the closed assignment",
          "Ada Test");

      Pages.typeDate(browser, "assign-startsOn", today.minusDays(30).toString());
      Pages.typeDate(browser, "assign-endsOn", "");
      Pages.click(browser, By.id("assign-submit"));
      Tables.waitForRows(
          browser, "assignments", rows -> rows.size() == 2, "two assignments", "open-ended");
      Browser.screenshot(browser, "admin-assignments-assigned");

      Pages.pick(browser, "enrol-cohort", "Cohort A");
      Pages.pick(browser, "enrol-trainee", "Ada Test");
      Pages.click(browser, By.id("enrol-submit"));
      Tables.waitForRows(
          browser, "enrolments", rows -> rows.size() == 1, "Ada's enrolment", "Cohort A");
      Pages.click(browser, By.id("enrol-submit"));
      Pages.waitForText(browser, By.id("enrol-trainee-message"), "already enrolled");
      Browser.screenshot(browser, "admin-assignments-enrolled");

      Pages.click(browser, Tables.button("assignments", "open-ended", "End today"));
      Pages.waitForText(browser, By.cssSelector(".ui-confirm-dialog"), "End this assignment?");
      Browser.screenshot(browser, "admin-assignments-end-confirm");
      Pages.confirm(browser);
      Pages.waitForText(browser, By.id("assignments-messages"), "no longer supervises Ada Test");
      Tables.waitForRows(
          browser,
          "assignments",
          rows -> rows.stream().noneMatch(r -> r.contains("open-ended")),
          "both assignments ended",
          shown(today));
      Tables.filter(browser, "assignments:trainee:filter", "nobody");
      Tables.waitForRows(browser, "assignments", List::isEmpty, "no assignment of nobody", null);
      Browser.screenshot(browser, "admin-assignments-ended");
    } finally {
      browser.quit();
    }
    var assignments = admin.get("api/v1/assignments").json().toString();
    assertThat(assignments).contains(today.toString()).contains("Sol Test");
  }

  /** A date as the pages show it: in the reader's locale (English here), e.g. "Dec 15, 2027". */
  /**
   * A school works in its own time zone. In Pago Pago (UTC-11) tomorrow is always a day that has
   * begun somewhere on earth, so only the school's own day refuses it: a session dated then is 400
   * naming {@code heldOn}, one dated today there is logged. A zone that is none is refused at its
   * field, in the API and on the school admin's page, where a real one is saved and kept.
   */
  @Test
  void aSchoolWorksInItsOwnTimeZone() throws Exception {
    TestSchool school = TestSchool.onboard("tz", "Pacific/Pago_Pago");
    LocalDate todayThere = LocalDate.now(ZoneId.of("Pacific/Pago_Pago"));
    Api trainee = school.as(school.trainee());
    var client = trainee.post("api/v1/me/clients", Map.of("code", "TZ-01", "paymentBasis", "PAID"));
    assertThat(client.status()).as(client.toString()).isEqualTo(201);
    String clientId = client.json().get("id").asText();

    var tomorrow = trainee.post("api/v1/me/sessions", session(clientId, todayThere.plusDays(1)));
    var today = trainee.post("api/v1/me/sessions", session(clientId, todayThere));

    assertThat(tomorrow.status()).as(tomorrow.toString()).isEqualTo(400);
    assertThat(tomorrow.json().get("field").asText()).isEqualTo("heldOn");
    assertThat(tomorrow.json().get("detail").asText()).contains("Pacific/Pago_Pago");
    assertThat(today.status()).as(today.toString()).isEqualTo(201);
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    String badId = "tz-bad-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> badZone =
        new java.util.HashMap<>(TestSchool.onboarding(badId, "a@" + badId + ".test"));
    badZone.put("timeZone", "Mars/Olympus");
    var refused = operator.post("api/v1/schools", badZone);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("timeZone");
    assertThat(operator.get("api/v1/schools/" + school.id()).json().get("timeZone").asText())
        .isEqualTo("Pacific/Pago_Pago");

    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.admin(), TestSchool.PASSWORD, "members-title");
      browser.get(base + "school/cohorts.xhtml");
      Pages.waitFor(browser, "cohorts-title");
      Pages.ready(browser);
      assertThat(browser.findElement(By.id("school-timeZone_input")).getAttribute("value"))
          .isEqualTo("Pacific/Pago_Pago");
      Pages.type(browser, By.id("school-timeZone_input"), "Mars/Olympus");
      browser.findElement(By.id("school-timeZone_input")).sendKeys(Keys.ESCAPE);
      Pages.click(browser, By.id("school-save"));
      Pages.waitForText(browser, By.id("school-timeZone-message"), "is not a time zone");
      Browser.screenshot(browser, "admin-school-bad-time-zone");

      Pages.type(browser, By.id("school-timeZone_input"), "Pacific/Auckland");
      browser.findElement(By.id("school-timeZone_input")).sendKeys(Keys.ESCAPE);
      Pages.click(browser, By.id("school-save"));
      Pages.waitForText(browser, By.id("school-messages"), "Pacific/Auckland");
      browser.navigate().refresh();
      Pages.waitFor(browser, "cohorts-title");
      Pages.ready(browser);
      assertThat(browser.findElement(By.id("school-timeZone_input")).getAttribute("value"))
          .isEqualTo("Pacific/Auckland");
      Browser.screenshot(browser, "admin-school-time-zone");
    } finally {
      browser.quit();
    }
  }

  private static Map<String, Object> session(String clientId, LocalDate heldOn) {
    return Map.of(
        "clientId",
        clientId,
        "heldOn",
        heldOn.toString(),
        "minutes",
        50,
        "focus",
        "CLEAR",
        "outcome",
        "PARTIAL",
        "approach",
        "PARTIAL",
        "participation",
        "ABSENT",
        "driftMarkers",
        List.of(),
        "responsibilityShare",
        50);
  }

  private static String shown(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(Locale.ENGLISH)
        .format(date);
  }

  private void signInAsOperator(ChromeDriver browser) {
    SignIn.as(
        browser, base, "home.xhtml", Realm.OPERATOR, Realm.operatorPassword(), "platform-title");
  }

  private static void fillOnboarding(ChromeDriver browser, String id, String name, String email) {
    Pages.type(browser, By.id("onboard-id"), id);
    Pages.type(browser, By.id("onboard-name"), name);
    Pages.type(browser, By.id("onboard-adminEmail"), email);
    Pages.type(browser, By.id("onboard-adminFirstName"), "Fay");
    Pages.type(browser, By.id("onboard-adminLastName"), "Founder");
  }

  private static void openProgram(ChromeDriver browser, String name) {
    Pages.type(browser, By.id("program-name"), name);
    Pages.click(browser, By.id("program-open"));
    Pages.waitForText(browser, By.id("cohorts-messages"), "Program " + name + " is open.");
    Tables.waitForRows(browser, "programs", rows -> !rows.isEmpty(), "program " + name, name);
  }

  private static void openCohort(ChromeDriver browser, String program, String name, String start) {
    Pages.pick(browser, "cohort-program", program);
    Pages.type(browser, By.id("cohort-name"), name);
    Pages.typeDate(browser, "cohort-startsOn", start);
    Pages.click(browser, By.id("cohort-save"));
    Pages.waitForText(browser, By.id("cohorts-messages"), "Cohort " + name + " is saved.");
    Tables.waitForRows(browser, "cohorts", rows -> !rows.isEmpty(), "cohort " + name, name);
  }
}
