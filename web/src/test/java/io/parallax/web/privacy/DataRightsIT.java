package io.parallax.web.privacy;

import static io.parallax.web.identity.TestSchool.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.web.Deployments;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.TestSchool;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail read back and a member's data rights, through the API of a school onboarded the
 * real way (Keycloak, PostgreSQL): a read shows up a moment later for the school admin, in the
 * member's own trail and in no other school's; platform actions are audited for the operator; a
 * trainee's data export holds every kind of record; an erased trainee's name is gone while the
 * cohort's figures stay the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataRightsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REFLECTION = "I rushed the contracting; note to self";
  private static final String NOTES = "Supervisor's private notes on the session";
  private static final String CONTRACT_TERMS = "Six sessions of 60 minutes, fortnightly";
  private static final String GRADE_COMMENT = "Agrees the outcome late; participation unclear";
  private static final String STAGE_RATIONALE = "Contracts with some help, not yet alone";
  private static final String DRAFT_RATIONALE = "An unsigned first thought on the relationship";

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  @Test
  void theAuditShowsAReadAMomentAgoToItsSchoolAndTheMemberOnly() throws Exception {
    TestSchool school = TestSchool.onboard("aud");
    TestSchool other = TestSchool.onboard("aud-other");
    school.withCohort("Spring", LocalDate.now().minusMonths(2));
    Api ada = school.as(school.trainee());
    Api sol = school.as(school.supervisor());
    Api admin = school.as(school.admin());
    String adaName = ada.get("api/v1/members/me").json().get("displayName").asText();
    String solName = sol.get("api/v1/members/me").json().get("displayName").asText();
    String sessionId = logSessionWithReflection(ada);
    String supervisionId = created(sol.post("api/v1/supervision-sessions", supervision(school)));

    assertThat(ada.get("api/v1/me/sessions/" + sessionId).status()).isEqualTo(200);
    assertThat(sol.get("api/v1/supervision-sessions/" + supervisionId).status()).isEqualTo(200);

    JsonNode reads = admin.get("api/v1/audit?record=" + sessionId + "&action=READ").json();
    assertThat(reads.get("total").asLong()).isEqualTo(1);
    JsonNode read = reads.get("items").get(0);
    assertThat(read.get("actor").asText()).isEqualTo(adaName);
    assertThat(read.get("recordKind").asText()).isEqualTo("PRACTICE_SESSION");
    assertThat(read.get("recordKindName").asText()).isEqualTo("Client session");
    assertThat(read.get("owner").asText()).isEqualTo(adaName);
    assertThat(read.toString()).doesNotContain(REFLECTION);
    String german =
        admin.inLanguage("de").get("api/v1/audit?record=" + sessionId).json().toString();
    assertThat(german).contains("Klientensitzung", "Gelesen");
    // filters: by person, kind and period
    String adaId = ada.get("api/v1/members/me").json().get("id").asText();
    assertThat(
            admin
                .get("api/v1/audit?person=" + adaId + "&kind=SUPERVISION_SESSION")
                .json()
                .get("total")
                .asLong())
        .isZero();
    assertThat(
            admin
                .get("api/v1/audit?from=" + LocalDate.now() + "&to=" + LocalDate.now())
                .json()
                .get("total")
                .asLong())
        .isGreaterThanOrEqualTo(4);
    // CSV, by Accept and by suffix
    HttpResponse<byte[]> csv = admin.download("api/v1/audit?record=" + sessionId, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith("When,Who,What,Kind of record,Record,Whose record\r\n")
        .contains(adaName, "Client session", sessionId)
        .doesNotContain(REFLECTION);
    assertThat(admin.download("api/v1/audit.csv", "*/*").statusCode()).isEqualTo(200);

    // the trainee sees the supervisor's read of their supervision session, the supervisor's
    // trail holds nothing of the trainee's client sessions
    String adasTrail = ada.get("api/v1/me/audit?size=100").json().toString();
    assertThat(adasTrail).contains(supervisionId, solName, sessionId);
    String solsTrail = sol.get("api/v1/me/audit?size=100").json().toString();
    assertThat(solsTrail).contains(supervisionId).doesNotContain(sessionId);

    // another school sees nothing of it, and cannot filter its way in
    Api otherAdmin = other.as(other.admin());
    assertThat(otherAdmin.get("api/v1/audit?record=" + sessionId).json().get("total").asLong())
        .isZero();
    assertThat(otherAdmin.get("api/v1/audit?size=100").json().toString())
        .doesNotContain(sessionId, adaName);
    assertThat(other.as(other.trainee()).get("api/v1/me/audit").json().toString())
        .doesNotContain(sessionId);

    // roles and bad input
    assertThat(ada.get("api/v1/audit").status()).isEqualTo(403);
    assertThat(sol.get("api/v1/audit").status()).isEqualTo(403);
    assertThat(admin.get("api/v1/platform/audit").status()).isEqualTo(403);
    Api.Answer badDate = admin.get("api/v1/audit?from=31.03.2026");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.contentType()).startsWith("application/problem+json");
    assertThat(badDate.toString()).contains("from");
    assertThat(admin.get("api/v1/audit?person=ada").toString())
        .startsWith("400")
        .contains("person");
    assertThat(admin.get("api/v1/audit?from=2026-03-02&to=2026-03-01").toString())
        .startsWith("400")
        .contains("\"to\"");
    assertThat(admin.get("api/v1/audit?kind=DIARY").status()).isEqualTo(400);
  }

  @Test
  void platformActionsAreAuditedForTheOperatorOnly() throws Exception {
    TestSchool school = TestSchool.onboard("plat");
    Api operator = Api.as(Deployments.baseUrl(), Realm.OPERATOR, Realm.operatorPassword());
    Api.Answer read = operator.get("api/v1/schools/" + school.id());
    assertThat(
            operator
                .post("api/v1/schools/" + school.id() + "/suspension", null, read.etag())
                .status())
        .isEqualTo(200);
    String etag = operator.get("api/v1/schools/" + school.id()).etag();
    assertThat(
            operator.post("api/v1/schools/" + school.id() + "/reactivation", null, etag).status())
        .isEqualTo(200);

    JsonNode trail = operator.get("api/v1/platform/audit?size=100&school=" + school.id()).json();
    List<String> actions = new java.util.ArrayList<>();
    trail.get("items").forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions).contains("ONBOARD", "READ", "SUSPEND", "REACTIVATE");
    assertThat(trail.get("items").get(0).get("schoolName").asText())
        .isEqualTo("School " + school.id());
    assertThat(
            operator
                .get("api/v1/platform/audit?action=SUSPEND&school=" + school.id())
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(operator.get("api/v1/platform/audit?action=ERASE").status()).isEqualTo(400);
    assertThat(school.as(school.admin()).get("api/v1/platform/audit").status()).isEqualTo(403);
  }

  @Test
  void aTraineeDownloadsEveryKindOfRecordAndAnErasedTraineeIsNamedNowhere() throws Exception {
    TestSchool school = TestSchool.onboard("erase");
    String cohortId = school.withCohort("Autumn", LocalDate.now().minusMonths(2));
    Api ada = school.as(school.trainee());
    Api sol = school.as(school.supervisor());
    Api admin = school.as(school.admin());
    JsonNode me = ada.get("api/v1/members/me").json();
    String adaName = me.get("displayName").asText();
    String adaEmail = me.get("email").asText();
    String solName = sol.get("api/v1/members/me").json().get("displayName").asText();
    String sessionId = logSessionWithReflection(ada);
    String supervisionId = created(sol.post("api/v1/supervision-sessions", supervision(school)));
    ada.get("api/v1/me/sessions/" + sessionId);
    sol.get("api/v1/supervision-sessions/" + supervisionId);
    String contractId = agreeContract(ada);
    String contractingId =
        signedOff(
            sol,
            "api/v1/contracting-assessments",
            Map.of(
                "traineeId",
                school.traineeId().toString(),
                "assessedOn",
                LocalDate.now().minusDays(1).toString(),
                "content",
                Map.of(
                    "grades",
                    Map.of("focus", 4, "outcome", 3, "approach", 4, "participation", 2),
                    "evidenceSessions",
                    List.of(),
                    "comment",
                    GRADE_COMMENT)));
    String stageId =
        signedOff(
            sol,
            "api/v1/stage-assessments",
            stage(school, "CONTRACTING", LocalDate.now().minusDays(1), STAGE_RATIONALE));
    String draftId =
        created(
            sol.post(
                "api/v1/stage-assessments",
                stage(school, "RELATIONSHIP", LocalDate.now().minusDays(2), DRAFT_RATIONALE)));

    HttpResponse<byte[]> zip = ada.download("api/v1/me/export", "application/zip");
    assertThat(zip.statusCode()).isEqualTo(200);
    Map<String, String> files = unzip(zip.body());
    assertThat(files)
        .containsKeys(
            "member.json",
            "member.csv",
            "enrolments.json",
            "supervisor-assignments.json",
            "clients.json",
            "clients.csv",
            "contracts.json",
            "practice-sessions.json",
            "practice-sessions.csv",
            "supervision-sessions.json",
            "contracting-assessments.json",
            "stage-assessments.json",
            "record-access.json",
            "record-access.csv");
    assertThat(files.get("member.json")).contains(adaName, adaEmail);
    assertThat(files.get("clients.csv")).contains("DR-1");
    assertThat(files.get("practice-sessions.json")).contains(sessionId, REFLECTION);
    assertThat(files.get("enrolments.csv")).contains("Autumn");
    assertThat(files.get("supervision-sessions.json"))
        .contains(supervisionId)
        .doesNotContain(NOTES);
    assertThat(files.get("record-access.csv")).contains(supervisionId);
    JsonNode contracts = JSON.readTree(files.get("contracts.json"));
    assertThat(contracts).hasSize(1);
    assertThat(contracts.get(0).get("id").asText()).isEqualTo(contractId);
    assertThat(contracts.get(0).get("client").asText()).isEqualTo("DR-1");
    assertThat(contracts.get(0).get("administrative").asText()).isEqualTo(CONTRACT_TERMS);
    assertThat(contracts.get(0).get("integrity").asText()).isEqualTo("ADEQUATE");
    assertThat(files.get("contracts.csv")).contains(contractId, CONTRACT_TERMS);
    JsonNode grades = JSON.readTree(files.get("contracting-assessments.json"));
    assertThat(grades).hasSize(1);
    JsonNode grade = grades.get(0);
    assertThat(grade.get("id").asText()).isEqualTo(contractingId);
    assertThat(grade.get("supervisor").asText()).isEqualTo(solName);
    assertThat(List.of(grade.get("focus").asInt(), grade.get("outcome").asInt()))
        .containsExactly(4, 3);
    assertThat(List.of(grade.get("approach").asInt(), grade.get("participation").asInt()))
        .containsExactly(4, 2);
    assertThat(grade.get("comment").asText()).isEqualTo(GRADE_COMMENT);
    assertThat(grade.get("signedOffAt").isNull()).isFalse();
    JsonNode stages = JSON.readTree(files.get("stage-assessments.json"));
    assertThat(stages).as("signed off only, not the draft").hasSize(1);
    JsonNode placed = stages.get(0);
    assertThat(placed.get("id").asText()).isEqualTo(stageId);
    assertThat(placed.get("domain").asText()).isEqualTo("CONTRACTING");
    assertThat(placed.get("level").asText()).isEqualTo("2");
    assertThat(placed.get("awareness").asInt()).isEqualTo(3);
    assertThat(placed.get("rationale").asText()).isEqualTo(STAGE_RATIONALE);
    assertThat(placed.get("signedOffAt").isNull()).isFalse();
    assertThat(String.join("", files.values())).doesNotContain(draftId, DRAFT_RATIONALE);
    assertThat(
            unzip(sol.download("api/v1/me/export", "application/zip").body())
                .get("supervision-sessions.json"))
        .contains(NOTES);
    assertThat(ada.get("api/v1/me/audit?action=EXPORT").json().get("total").asLong()).isEqualTo(1);

    // an active member is not erased; another school's admin does not find them; a trainee may not
    String adaId = me.get("id").asText();
    String version = admin.get("api/v1/members/" + adaId).etag();
    assertThat(admin.post("api/v1/members/" + adaId + "/erasure", null, version).toString())
        .startsWith("400");
    assertThat(sol.post("api/v1/members/" + adaId + "/erasure", null, version).status())
        .isEqualTo(403);
    TestSchool other = TestSchool.onboard("erase-other");
    assertThat(
            other
                .as(other.admin())
                .post("api/v1/members/" + adaId + "/erasure", null, version)
                .status())
        .isEqualTo(404);
    assertThat(admin.post("api/v1/members/" + adaId + "/deactivation", null, version).status())
        .isEqualTo(200);
    version = admin.get("api/v1/members/" + adaId).etag();
    String rollupBefore = figures(admin, cohortId);

    Api.Answer erased = admin.post("api/v1/members/" + adaId + "/erasure", null, version);

    assertThat(erased.status()).isEqualTo(200);
    String pseudonym = erased.json().get("pseudonym").asText();
    assertThat(pseudonym).startsWith("Pseudonym ");
    assertThatThrownBy(() -> Realm.token(school.trainee(), TestSchool.PASSWORD))
        .isInstanceOf(IllegalStateException.class);
    assertThat(figures(admin, cohortId)).isEqualTo(rollupBefore);
    String everything =
        admin.get("api/v1/members?size=100").toString()
            + admin.get("api/v1/members/" + adaId)
            + admin.get("api/v1/audit?size=100")
            + new String(
                admin.download("api/v1/audit.csv", "text/csv").body(), StandardCharsets.UTF_8)
            + sol.get("api/v1/supervision-sessions/" + supervisionId)
            + admin.get("api/v1/reports/trainees/" + adaId)
            + String.join(
                "", unzip(sol.download("api/v1/me/export", "application/zip").body()).values());
    assertThat(everything).contains(pseudonym).doesNotContain(adaName, adaEmail, "ada@");
    assertThat(
            admin
                .get("api/v1/audit?kind=MEMBER&action=ERASE&record=" + adaId)
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(sol.get("api/v1/supervision-sessions/" + supervisionId).toString())
        .doesNotContain(NOTES);
    assertThat(
            admin
                .post(
                    "api/v1/members/" + adaId + "/erasure",
                    null,
                    admin.get("api/v1/members/" + adaId).etag())
                .status())
        .isEqualTo(400);
    assertThat(
            admin
                .post(
                    "api/v1/members/" + adaId + "/reactivation",
                    null,
                    admin.get("api/v1/members/" + adaId).etag())
                .status())
        .isEqualTo(400);
  }

  /** The cohort's figures: its rollup and trend, as the school admin reads them. */
  private static String figures(Api admin, String cohortId) throws Exception {
    JsonNode rollup = admin.get("api/v1/reports/cohorts/" + cohortId + "/rollup").json();
    JsonNode trend = admin.get("api/v1/reports/cohorts/" + cohortId + "/trend").json();
    return rollup.toString() + trend.toString();
  }

  /** The trainee's contract with their client DR-1 (of {@link #logSessionWithReflection}). */
  private static String agreeContract(Api trainee) throws Exception {
    String clientId =
        trainee.get("api/v1/me/clients").json().get("items").get(0).get("id").asText();
    Map<String, Object> contract = new LinkedHashMap<>();
    contract.put("clientId", clientId);
    contract.put("agreedOn", LocalDate.now().minusDays(10).toString());
    contract.put("administrative", CONTRACT_TERMS);
    contract.put("professional", "Clearer delegation in the new team");
    contract.put("threeCornered", false);
    contract.put("integrity", "ADEQUATE");
    return created(trainee.post("api/v1/me/contracts", contract));
  }

  /** An assessment the supervisor makes at {@code path} and signs off; answers its id. */
  private static String signedOff(Api supervisor, String path, Map<String, Object> assessment)
      throws Exception {
    Api.Answer made = supervisor.post(path, assessment);
    String id = created(made);
    Api.Answer signed = supervisor.post(path + "/" + id + "/sign-off", null, made.etag());
    assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    return id;
  }

  private static Map<String, Object> stage(
      TestSchool school, String domain, LocalDate assessedOn, String rationale) {
    Map<String, Object> placement = new LinkedHashMap<>();
    placement.put("domain", domain);
    placement.put("level", "2");
    placement.put("awareness", 3);
    placement.put("motivation", 4);
    placement.put("autonomy", 2);
    placement.put("rationale", rationale);
    return Map.of(
        "traineeId",
        school.traineeId().toString(),
        "assessedOn",
        assessedOn.toString(),
        "content",
        placement);
  }

  private static String logSessionWithReflection(Api trainee) throws Exception {
    String clientId =
        created(trainee.post("api/v1/me/clients", Map.of("code", "DR-1", "paymentBasis", "PAID")));
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("clientId", clientId);
    session.put("heldOn", LocalDate.now().minusDays(3).toString());
    session.put("minutes", 60);
    session.put("focus", "CLEAR");
    session.put("outcome", "PARTIAL");
    session.put("approach", "CLEAR");
    session.put("participation", "ABSENT");
    session.put("responsibilityShare", 60);
    session.put("reflection", REFLECTION);
    return created(trainee.post("api/v1/me/sessions", session));
  }

  private static Map<String, Object> supervision(TestSchool school) {
    Map<String, Object> session = new HashMap<>();
    session.put("superviseeId", school.traineeId().toString());
    session.put("heldOn", LocalDate.now().minusDays(1).toString());
    session.put("minutes", 60);
    session.put("format", "INDIVIDUAL");
    session.put(
        "contracting",
        Map.of(
            "focus", "CLEAR", "outcome", "PARTIAL", "approach", "CLEAR", "participation", "CLEAR"));
    session.put("proctorBalance", Map.of("normative", 20, "formative", 50, "restorative", 30));
    session.put("notes", NOTES);
    return session;
  }

  private static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
