package io.parallax.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.Pages;
import io.parallax.web.Tables;
import io.parallax.web.TestIdentity;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * A member's lifecycle after the invitation, through the API and the members page, against the real
 * Keycloak and mail sink: states invited → active → deactivated and the invitation that expires;
 * re-sending and cancelling an invitation; roles changed in Parallax and Keycloak together;
 * corrections at the version read, audited. Each change is refused to trainees and supervisors
 * (403) and to another school's admin (404).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberLifecycleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void anInviteeIsInvitedThenActiveOnceTheyFollowTheLinkThenDeactivated() throws Exception {
    TestSchool school = TestSchool.onboard("life");
    Api admin = school.as(school.admin());
    String email = "ines@" + school.id() + ".test";

    JsonNode invited = invite(admin, email, "Ines", "TRAINEE");
    String id = invited.get("id").asText();

    assertThat(invited.get("state").asText()).isEqualTo("INVITED");
    assertThat(invited.get("invitedAt").asText()).isNotBlank();
    Realm.activate(email, TestSchool.PASSWORD);
    Api.Answer joined = admin.get("api/v1/members/" + id);
    assertThat(joined.json().get("state").asText()).isEqualTo("ACTIVE");
    assertThat(stateOf(admin, email)).isEqualTo("ACTIVE");
    Api.Answer deactivated =
        admin.post("api/v1/members/" + id + "/deactivation", Map.of(), joined.etag());
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(deactivated.json().get("state").asText()).isEqualTo("DEACTIVATED");
    assertThat(Realm.user(email).isEnabled()).isFalse();
  }

  @Test
  void anInvitationNobodyFollowedExpiresAfterItsLifespanAndCanBeReSent() throws Exception {
    TestSchool school = TestSchool.onboard("exp");
    Api admin = school.as(school.admin());
    String email = "emil@" + school.id() + ".test";
    String id = invite(admin, email, "Emil", "SUPERVISOR").get("id").asText();
    sentInvitationHoursAgo(id, 73);

    Api.Answer expired = admin.get("api/v1/members/" + id);

    assertThat(expired.json().get("state").asText()).isEqualTo("INVITATION_EXPIRED");
    assertThat(expired.json().get("stateLabel").asText()).isEqualTo("Invitation expired");
    assertThat(admin.inLanguage("de").get("api/v1/members/" + id).json().get("stateLabel").asText())
        .isEqualTo("Einladung abgelaufen");
    assertThat(stateOf(admin, email)).isEqualTo("INVITATION_EXPIRED");
    assertThat(emails(admin, "INVITATION_EXPIRED")).containsExactly(email);
    assertThat(emails(admin, "INVITED")).doesNotContain(email);
    assertThat(emails(admin, "ACTIVE")).contains(school.admin()).doesNotContain(email);
    assertThat(admin.get("api/v1/members?state=GONE").status()).isEqualTo(400);
    int mailsBefore = mailsTo(email);
    Api.Answer resent =
        admin.post("api/v1/members/" + id + "/invitation", Map.of(), expired.etag());
    assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
    assertThat(resent.json().get("state").asText()).isEqualTo("INVITED");
    assertThat(resent.etag()).isNotEqualTo(expired.etag());
    awaitMails(email, mailsBefore + 1);
    assertThat(auditEvents(id, "UPDATE")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aReSendNeedsTheCurrentVersionAndAPendingInvitation() throws Exception {
    TestSchool school = TestSchool.onboard("rsd");
    Api admin = school.as(school.admin());
    String email = "rene@" + school.id() + ".test";
    Api.Answer read =
        admin.get("api/v1/members/" + invite(admin, email, "Rene", "TRAINEE").get("id").asText());
    String id = read.json().get("id").asText();

    Api.Answer stale = admin.post("api/v1/members/" + id + "/invitation", Map.of(), "\"99\"");
    Api.Answer missing = admin.post("api/v1/members/" + id + "/invitation", Map.of(), null);
    Api.Answer joinedAlready =
        admin.post(
            "api/v1/members/" + school.traineeId() + "/invitation",
            Map.of(),
            etagOf(admin, school));

    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(missing.status()).as(missing.toString()).isEqualTo(428);
    assertThat(joinedAlready.status()).as(joinedAlready.toString()).isEqualTo(400);
    assertThat(joinedAlready.json().get("detail").asText()).contains("has no pending invitation");
    assertThat(mailsTo(email)).isEqualTo(1);
  }

  @Test
  void cancellingAnInvitationRemovesTheMemberTheirEnrolmentAndTheirAccount() throws Exception {
    TestSchool school = TestSchool.onboard("cnl");
    Api admin = school.as(school.admin());
    String email = "carl@" + school.id() + ".test";
    String id = invite(admin, email, "Carl", "TRAINEE").get("id").asText();
    school.withCohort("Cancelled cohort", LocalDate.now().minusDays(3), id);
    String etag = admin.get("api/v1/members/" + id).etag();

    Api.Answer cancelled = admin.send("DELETE", "api/v1/members/" + id + "/invitation", null, etag);

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
    assertThat(admin.get("api/v1/members/" + id).status()).isEqualTo(404);
    assertThat(Realm.admin().users().search(email, true)).isEmpty();
    assertThat(auditEvents(id, "DELETE")).isOne();
    Api.Answer joinedMember =
        admin.send(
            "DELETE",
            "api/v1/members/" + school.traineeId() + "/invitation",
            null,
            etagOf(admin, school));
    assertThat(joinedMember.status()).as(joinedMember.toString()).isEqualTo(400);
    assertThat(Realm.admin().users().search(school.trainee(), true)).hasSize(1);
  }

  @Test
  void rolesChangeInParallaxAndKeycloakTogetherAndTheLastSchoolAdminStays() throws Exception {
    TestSchool school = TestSchool.onboard("rol");
    Api admin = school.as(school.admin());
    String trainee = school.traineeId().toString();

    Api.Answer promoted =
        admin.put(
            "api/v1/members/" + trainee + "/roles",
            Map.of("roles", List.of("TRAINEE", "SUPERVISOR")),
            etagOf(admin, school));

    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(realmRoles(school.trainee())).contains("trainee", "supervisor");
    Api.Answer reduced =
        admin.put(
            "api/v1/members/" + trainee + "/roles",
            Map.of("roles", List.of("SUPERVISOR")),
            promoted.etag());
    assertThat(reduced.status()).as(reduced.toString()).isEqualTo(200);
    assertThat(realmRoles(school.trainee())).contains("supervisor").doesNotContain("trainee");
    assertThat(school.as(school.trainee()).get("api/v1/me/sessions").status()).isEqualTo(403);

    Api.Answer none =
        admin.put(
            "api/v1/members/" + trainee + "/roles", Map.of("roles", List.of()), reduced.etag());
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.toString()).contains("roles");
    Api.Answer unknown =
        admin.send(
            "PUT", "api/v1/members/" + trainee + "/roles", "{\"roles\":[\"BOSS\"]}", "\"0\"");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);

    JsonNode me = admin.get("api/v1/members/me").json();
    Api.Answer lastAdmin =
        admin.put(
            "api/v1/members/" + me.get("id").asText() + "/roles",
            Map.of("roles", List.of("SUPERVISOR")),
            "\"" + me.get("version").asText() + "\"");
    assertThat(lastAdmin.status()).as(lastAdmin.toString()).isEqualTo(400);
    assertThat(lastAdmin.json().get("detail").asText()).contains("last active school admin");
    assertThat(lastAdmin.toString()).contains("roles");
    assertThat(realmRoles(school.admin())).contains("school-admin");
  }

  @Test
  void aRoleChangeKeycloakRefusesLeavesTheDatabaseAsItWas() throws Exception {
    TestSchool school = TestSchool.onboard("rkc");
    Api admin = school.as(school.admin());
    String email = "gone@" + school.id() + ".test";
    Api.Answer read =
        admin.get("api/v1/members/" + invite(admin, email, "Gone", "TRAINEE").get("id").asText());
    String id = read.json().get("id").asText();
    Realm.admin().users().delete(Realm.user(email).getId()).close();

    Api.Answer refused =
        admin.put(
            "api/v1/members/" + id + "/roles", Map.of("roles", List.of("SUPERVISOR")), read.etag());

    assertThat(refused.status()).as(refused.toString()).isIn(503, 400);
    Api.Answer after = admin.get("api/v1/members/" + id);
    assertThat(after.etag()).isEqualTo(read.etag());
    assertThat(after.json().get("roles").toString()).contains("TRAINEE").doesNotContain("SUPER");
  }

  @Test
  void aCorrectionIsVersionedAuditedAndRefusesBadInputAtItsField() throws Exception {
    TestSchool school = TestSchool.onboard("cor");
    Api admin = school.as(school.admin());
    String path = "api/v1/members/" + school.traineeId();
    Api.Answer read = admin.get(path);
    LocalDate ended = LocalDate.now().minusMonths(5);

    Api.Answer corrected =
        admin.put(
            path,
            Map.of("displayName", "Ada Lovelace", "initialTrainingEndedOn", ended.toString()),
            read.etag());

    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    assertThat(corrected.json().get("displayName").asText()).isEqualTo("Ada Lovelace");
    assertThat(corrected.json().get("initialTrainingEndedOn").asText()).isEqualTo(ended.toString());
    assertThat(corrected.etag()).isNotEqualTo(read.etag());
    assertThat(auditEvents(school.traineeId().toString(), "UPDATE")).isOne();
    // the account is renamed too: a re-sent invitation greets the corrected name
    assertThat(Realm.user(school.trainee()).getFirstName()).isEqualTo("Ada");
    assertThat(Realm.user(school.trainee()).getLastName()).isEqualTo("Lovelace");

    Map<String, String> again = Map.of("displayName", "Ada Byron");
    assertThat(admin.put(path, again, read.etag()).status()).isEqualTo(412);
    assertThat(admin.put(path, again, null).status()).isEqualTo(428);
    Api.Answer blank = admin.put(path, Map.of("displayName", " "), corrected.etag());
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.toString()).contains("displayName");
    Api.Answer future =
        admin.put(
            path,
            Map.of(
                "displayName",
                "Ada Lovelace",
                "initialTrainingEndedOn",
                LocalDate.now().plusDays(3).toString()),
            corrected.etag());
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.toString()).contains("initialTrainingEndedOn");
    Api.Answer unreadable =
        admin.send(
            "PUT",
            path,
            "{\"displayName\":\"Ada\",\"initialTrainingEndedOn\":\"2024-13-40\"}",
            corrected.etag());
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.toString()).contains("initialTrainingEndedOn");
    assertThat(admin.get(path).json().get("displayName").asText()).isEqualTo("Ada Lovelace");
    // nothing refused reached Keycloak
    assertThat(Realm.user(school.trainee()).getFirstName()).isEqualTo("Ada");
    assertThat(Realm.user(school.trainee()).getLastName()).isEqualTo("Lovelace");

    Api.Answer fullName =
        admin.put(
            path,
            Map.of("displayName", "Augusta Ada King", "initialTrainingEndedOn", ended.toString()),
            corrected.etag());
    assertThat(fullName.status()).as(fullName.toString()).isEqualTo(200);
    assertThat(Realm.user(school.trainee()).getFirstName()).isEqualTo("Augusta Ada");
    assertThat(Realm.user(school.trainee()).getLastName()).isEqualTo("King");
  }

  @Test
  void traineesAndSupervisorsAreRefusedEveryChangeAndAnotherSchoolFindsNoSuchMember()
      throws Exception {
    TestSchool school = TestSchool.onboard("lref");
    TestSchool other = TestSchool.onboard("lrfo");
    Api admin = school.as(school.admin());
    String email = "paul@" + school.id() + ".test";
    String pending = invite(admin, email, "Paul", "TRAINEE").get("id").asText();
    String etag = admin.get("api/v1/members/" + pending).etag();
    Api trainee = school.as(school.trainee());
    Api supervisor = school.as(school.supervisor());
    Api otherAdmin = other.as(other.admin());

    for (var caller :
        Map.of(403, List.of(trainee, supervisor), 404, List.of(otherAdmin)).entrySet()) {
      for (Api api : caller.getValue()) {
        int expected = caller.getKey();
        String member = "api/v1/members/" + pending;
        assertThat(api.put(member, Map.of("displayName", "X Y"), etag).status())
            .as("PUT member")
            .isEqualTo(expected);
        assertThat(api.put(member + "/roles", Map.of("roles", List.of("TRAINEE")), etag).status())
            .as("PUT roles")
            .isEqualTo(expected);
        assertThat(api.post(member + "/invitation", Map.of(), etag).status())
            .as("re-send")
            .isEqualTo(expected);
        assertThat(api.send("DELETE", member + "/invitation", null, etag).status())
            .as("cancel")
            .isEqualTo(expected);
      }
    }
    Api.Answer untouched = admin.get("api/v1/members/" + pending);
    assertThat(untouched.etag()).isEqualTo(etag);
    assertThat(untouched.json().get("displayName").asText()).isEqualTo("Paul Test");
    assertThat(mailsTo(email)).isEqualTo(1);
    assertThat(Realm.admin().users().search(email, true)).hasSize(1);
  }

  @Test
  void theMembersPageShowsStatesInWordsReSendsAndChangesRolesOnDesktopAndPhone() throws Exception {
    TestSchool school = TestSchool.onboard("lpg");
    Api admin = school.as(school.admin());
    String email = "pia@" + school.id() + ".test";
    String pending = invite(admin, email, "Pia", "TRAINEE").get("id").asText();
    String expiring = "erik@" + school.id() + ".test";
    sentInvitationHoursAgo(invite(admin, expiring, "Erik", "TRAINEE").get("id").asText(), 80);
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", school.admin(), TestSchool.PASSWORD, "members-title");
      browser.get(base + "school/members.xhtml");
      Pages.ready(browser);

      assertThat(Tables.row(browser, "members-form:members", "Pia Test")).contains("Invited");
      assertThat(Tables.row(browser, "members-form:members", "Erik Test"))
          .contains("Invitation expired");
      assertThat(Tables.row(browser, "members-form:members", "Ada Test")).contains("Active");
      Browser.screenshot(browser, "members-states");
      String stateFilter = "members-form:members:status-filter";
      assertThat(
              browser
                  .findElements(By.cssSelector("[id='" + stateFilter + "_input'] option"))
                  .stream()
                  .map(option -> option.getAttribute("textContent").strip())
                  .toList())
          .containsExactly("All", "Invited", "Invitation expired", "Active", "Deactivated");
      Pages.pick(browser, stateFilter, "Invitation expired");
      Tables.waitForRows(
          browser,
          "members-form:members",
          rows -> rows.size() == 1,
          "only the expired invitation",
          "Erik Test");
      Pages.pick(browser, stateFilter, "Invited");
      Tables.waitForRows(
          browser,
          "members-form:members",
          rows -> rows.stream().allMatch(row -> row.contains("Invited")),
          "only working invitations",
          "Pia Test");
      Pages.pick(browser, stateFilter, "All");
      Tables.waitForRows(
          browser,
          "members-form:members",
          rows -> rows.stream().anyMatch(row -> row.contains("Erik Test")),
          "every member again",
          "Ada Test");
      Pages.click(browser, Tables.button("members-form:members", "Pia Test", "Edit"));
      Pages.waitFor(browser, "edit-displayName");
      assertThat(seriousAccessibilityViolations(browser)).as("axe on desktop, editing").isEmpty();

      Pages.click(browser, Tables.button("members-form:members", "Pia Test", "Re-send invitation"));
      Pages.waitForText(browser, By.id("members-form:members-messages"), "went out again");
      assertThat(seriousAccessibilityViolations(browser)).as("axe, a message showing").isEmpty();
      awaitMails(email, 2);

      Pages.click(browser, Tables.button("members-form:members", "Ada Test", "Edit"));
      Pages.waitFor(browser, "edit-displayName");
      Pages.type(browser, By.id("edit-displayName"), "");
      Pages.click(browser, By.id("edit-submit"));
      Pages.waitForText(browser, By.id("edit-displayName-message"), "Give the member's name.");
      Pages.type(browser, By.id("edit-displayName"), "Ada Lovelace");
      Pages.tick(browser, "edit-roles", "Supervisor");
      Pages.click(browser, By.id("edit-submit"));
      Pages.waitForText(browser, By.id("members-form:members-messages"), "Ada Lovelace is saved");
      assertThat(Tables.row(browser, "members-form:members", "Ada Lovelace"))
          .contains("Supervisor", "Trainee");
      Browser.screenshot(browser, "members-role-changed");

      Pages.click(browser, Tables.button("members-form:members", "Erik Test", "Cancel invitation"));
      Pages.waitForText(browser, By.cssSelector(".ui-confirm-dialog"), "Cancel the invitation?");
      Pages.confirm(browser);
      Pages.waitForText(browser, By.id("members-form:members-messages"), "is cancelled");

      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      browser.get(base + "school/members.xhtml");
      Pages.ready(browser);
      assertThat(Tables.row(browser, "members-form:members", "Pia Test")).contains("Invited");
      Object sideways =
          browser.executeScript(
              "return document.documentElement.scrollWidth"
                  + " - document.documentElement.clientWidth;");
      assertThat(((Number) sideways).intValue())
          .as("sideways scroll at 390 px")
          .isLessThanOrEqualTo(0);
      Pages.click(browser, Tables.button("members-form:members", "Pia Test", "Edit"));
      Pages.waitFor(browser, "edit-displayName");
      Browser.screenshot(browser, "members-edit-phone");
      assertThat(seriousAccessibilityViolations(browser)).as("axe at 390 px, editing").isEmpty();
    } finally {
      browser.quit();
    }
    assertThat(realmRoles(school.trainee())).contains("supervisor", "trainee");
    assertThat(Realm.admin().users().search(expiring, true)).isEmpty();
    assertThat(admin.get("api/v1/members/" + pending).json().get("state").asText())
        .isEqualTo("INVITED");
  }

  /** axe-core's serious and critical WCAG 2.1 AA violations on the page as it stands. */
  private static List<String> seriousAccessibilityViolations(ChromeDriver browser) {
    return new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser)
            .getViolations()
            .stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .map(v -> v.getId() + " " + v.getNodes().get(0).getTarget())
            .toList();
  }

  private static JsonNode invite(Api admin, String email, String firstName, String role)
      throws Exception {
    Api.Answer invited =
        admin.post(
            "api/v1/members",
            Map.of(
                "email",
                email,
                "firstName",
                firstName,
                "lastName",
                "Test",
                "roles",
                List.of(role)));
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    return invited.json();
  }

  private static String stateOf(Api admin, String email) throws Exception {
    for (JsonNode member : admin.get("api/v1/members?size=100").json().get("items")) {
      if (member.get("email").asText().equals(email)) {
        return member.get("state").asText();
      }
    }
    throw new AssertionError("No member " + email + " in the list");
  }

  /** The e-mails of the members the list shows for {@code state}. */
  private static List<String> emails(Api admin, String state) throws Exception {
    List<String> emails = new ArrayList<>();
    for (JsonNode member :
        admin.get("api/v1/members?size=100&state=" + state).json().get("items")) {
      emails.add(member.get("email").asText());
    }
    return emails;
  }

  private static String etagOf(Api admin, TestSchool school) throws Exception {
    return admin.get("api/v1/members/" + school.traineeId()).etag();
  }

  private static List<String> realmRoles(String username) {
    return Realm.admin()
        .users()
        .get(Realm.user(username).getId())
        .roles()
        .realmLevel()
        .listAll()
        .stream()
        .map(r -> r.getName())
        .toList();
  }

  private static int mailsTo(String to) {
    return TestIdentity.mail().getReceivedMessagesForDomain(to).length;
  }

  private static void awaitMails(String to, int count) throws Exception {
    for (int attempt = 0; attempt < 60 && mailsTo(to) < count; attempt++) {
      Thread.sleep(500);
    }
    assertThat(mailsTo(to)).as("e-mails to " + to).isEqualTo(count);
  }

  /** As if the last invitation had gone out {@code hours} ago (the rule is the clock's). */
  private static void sentInvitationHoursAgo(String memberId, int hours) throws Exception {
    try (Connection db = database();
        var update =
            db.prepareStatement(
                "update person set invited_at = ?, version = version + 1 where id = ?")) {
      update.setObject(1, OffsetDateTime.now().minusHours(hours));
      update.setObject(2, UUID.fromString(memberId));
      assertThat(update.executeUpdate()).isOne();
    }
  }

  private static int auditEvents(String recordId, String action) throws Exception {
    try (Connection db = database();
        var query =
            db.prepareStatement(
                "select count(*) from audit_event where record_id = ? and action = ?"
                    + " and record_type = 'Person'")) {
      query.setObject(1, UUID.fromString(recordId));
      query.setString(2, action);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getenv("PARALLAX_DB_URL"),
        System.getenv("PARALLAX_DB_USER"),
        System.getenv("PARALLAX_DB_PASSWORD"));
  }
}
