package io.parallax.web.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.web.Deployments;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.TestSchool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The member import through the API, against the real Keycloak and PostgreSQL: a file with good
 * rows, bad cells and a duplicate is previewed (each problem at its row and column, nothing
 * written), imported (exactly the good rows: members in Keycloak and Parallax, enrolments,
 * assignments), and imported again (nothing new). Only school admins import; another school's admin
 * neither sees nor touches this school.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private static TestSchool school;
  private static RosterFile file;

  @BeforeAll
  static void aSchoolWithACohort() throws Exception {
    school = TestSchool.onboard("ri");
    school.withCohort("Spring 2026", LocalDate.now().minusMonths(1));
    file = new RosterFile(school.id());
  }

  @Test
  void thePreviewNamesEachProblemAtItsRowAndColumnAndWritesNothing() throws Exception {
    List<String> before = members(school.admin());

    RosterFile.Sent preview = RosterFile.post(school.admin(), "api/v1/imports/preview", file.csv());

    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    JsonNode body = preview.json();
    assertThat(body.get("rows").asInt()).isEqualTo(8);
    assertThat(body.get("good").asInt()).isEqualTo(4);
    assertThat(problems(body))
        .containsExactly(
            tuple(6, "EMAIL"),
            tuple(7, "COHORT"),
            tuple(8, "INITIAL_TRAINING_ENDED_ON"),
            tuple(8, "SUPERVISOR"),
            tuple(9, "EMAIL"));
    assertThat(body.get("problems").get(1).get("message").asText())
        .isEqualTo("Your school has no open cohort 'Winter 1999'.");
    assertThat(body.get("problems").get(4).get("message").asText())
        .isEqualTo("The same e-mail address as row 3: each person once per file.");
    JsonNode german =
        RosterFile.Sent.class
            .cast(postGerman(school.admin(), file.csv()))
            .json()
            .get("problems")
            .get(1);
    assertThat(german.get("columnName").asText()).isEqualTo("Kohorte");
    assertThat(german.get("message").asText()).contains("keine offene Kohorte");
    assertThat(members(school.admin())).isEqualTo(before);
  }

  @Test
  void anExcelWorkbookOfTheSameRowsIsPreviewedAsTheCsvFileIs() throws Exception {
    RosterFile.Sent csv = RosterFile.post(school.admin(), "api/v1/imports/preview", file.csv());

    RosterFile.Sent xlsx =
        RosterFile.post(
            school.admin(),
            "api/v1/imports/preview",
            file.xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.json()).isEqualTo(csv.json());
  }

  @Test
  void theImportCreatesExactlyTheGoodRowsAndASecondRunNothing() throws Exception {
    RosterFile.Sent first = RosterFile.post(school.admin(), "api/v1/imports", file.csv());

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    JsonNode report = first.json();
    assertThat(report.get("created").asInt()).as(first.toString()).isEqualTo(3);
    assertThat(report.get("unchanged").asInt()).isEqualTo(1);
    assertThat(report.get("refused").asInt()).isEqualTo(4);
    assertThat(members(school.admin()))
        .contains(file.email("kim"), file.email("bo"), file.email("cy"))
        .doesNotContain(file.email("ed"), file.email("fa"), "not-an-address");
    assertThat(Realm.user(file.email("bo"))).isNotNull();
    assertThat(Realm.admin().users().search(file.email("ed"), true)).isEmpty();
    List<String> enrolled = enrolments(school.admin());
    assertThat(enrolled).containsExactlyInAnyOrder("Ada Test", "Bo Brave", "Cy Cole");
    List<String> assigned = assignments(school.admin());
    assertThat(assigned)
        .containsExactlyInAnyOrder(
            "Sol Test > Ada Test", "Kim Keen > Bo Brave", "Sol Test > Cy Cole");
    List<String> membersAfterFirst = members(school.admin());

    RosterFile.Sent second = RosterFile.post(school.admin(), "api/v1/imports", file.csv());

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("created").asInt()).as(second.toString()).isZero();
    assertThat(second.json().get("unchanged").asInt()).isEqualTo(4);
    assertThat(members(school.admin())).isEqualTo(membersAfterFirst);
    assertThat(enrolments(school.admin())).hasSameSizeAs(enrolled);
    assertThat(assignments(school.admin())).hasSameSizeAs(assigned);
  }

  @Test
  void unreadableFilesAre400ProblemsNamingWhatIsWrong() throws Exception {
    RosterFile.Sent empty = RosterFile.post(school.admin(), "api/v1/imports/preview", "");
    RosterFile.Sent binary =
        RosterFile.post(
            school.admin(),
            "api/v1/imports/preview",
            new byte[] {0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2},
            "application/octet-stream");
    RosterFile.Sent huge =
        RosterFile.post(school.admin(), "api/v1/imports", new byte[2 * 1024 * 1024], "text/csv");
    RosterFile.Sent nonsense =
        RosterFile.post(school.admin(), "api/v1/imports", "what,is,this\n1,2,3\n");
    RosterFile.Sent brokenXlsx =
        RosterFile.post(
            school.admin(),
            "api/v1/imports/preview",
            new byte[] {0x50, 0x4B, 0x03, 0x04, 9, 9, 9},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    for (RosterFile.Sent refused : List.of(empty, binary, huge, nonsense, brokenXlsx)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("field").asText()).isEqualTo("file");
    }
    assertThat(empty.json().get("detail").asText()).contains("empty");
    assertThat(binary.json().get("detail").asText()).contains("neither a CSV file");
    assertThat(huge.json().get("detail").asText()).contains("larger than 1024 KB");
    assertThat(nonsense.json().get("detail").asText()).contains("e-mail");
    assertThat(brokenXlsx.json().get("detail").asText()).contains("Excel workbook");
  }

  @Test
  void traineesAndSupervisorsAreRefusedAndAnotherSchoolsAdminSeesNothingOfThisSchool()
      throws Exception {
    for (String user : List.of(school.trainee(), school.supervisor())) {
      assertThat(RosterFile.post(user, "api/v1/imports/preview", file.csv()).status())
          .isEqualTo(403);
      assertThat(RosterFile.post(user, "api/v1/imports", file.csv()).status()).isEqualTo(403);
    }
    List<String> before = members(school.admin());
    TestSchool other = TestSchool.onboard("rio");
    String only =
        RosterFile.HEADER
            + file.email("ada")
            + ",Ada,Test,trainee,Spring 2026,"
            + file.email("sol")
            + ",\n";

    RosterFile.Sent foreign = RosterFile.post(other.admin(), "api/v1/imports/preview", only);
    RosterFile.Sent imported = RosterFile.post(other.admin(), "api/v1/imports", only);

    assertThat(problems(foreign.json()))
        .containsExactly(tuple(2, "COHORT"), tuple(2, "SUPERVISOR"));
    assertThat(imported.json().get("created").asInt()).isZero();
    assertThat(members(other.admin())).doesNotContain(file.email("ada"));
    assertThat(members(school.admin())).isEqualTo(before);
  }

  @Test
  void aRowKeycloakRefusesIsRefusedWholeAndTheOtherRowsAreImported() throws Exception {
    TestSchool other = TestSchool.onboard("rik");
    String newcomer = "nia@" + other.id() + ".test";
    String taken =
        RosterFile.HEADER
            + newcomer
            + ",Nia,New,trainee,,,\n"
            + file.email("ada")
            + ",Ada,Again,trainee,,,\n";

    RosterFile.Sent preview = RosterFile.post(other.admin(), "api/v1/imports/preview", taken);
    RosterFile.Sent imported = RosterFile.post(other.admin(), "api/v1/imports", taken);

    assertThat(preview.json().get("good").asInt()).isEqualTo(2);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    JsonNode report = imported.json();
    assertThat(report.get("created").asInt()).as(imported.toString()).isEqualTo(1);
    assertThat(report.get("refused").asInt()).isEqualTo(1);
    JsonNode refused = report.get("rows").get(1);
    assertThat(refused.get("result").asText()).isEqualTo("REFUSED");
    assertThat(refused.get("message").asText()).isNotBlank();
    assertThat(members(other.admin())).contains(newcomer).doesNotContain(file.email("ada"));
    assertThat(Realm.user(file.email("ada")).getLastName()).isEqualTo("Test");
  }

  private static RosterFile.Sent postGerman(String user, String csv) throws Exception {
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                Deployments.baseUrl().toURI().resolve("api/v1/imports/preview"))
            .header("Authorization", "Bearer " + Realm.token(user, TestSchool.PASSWORD))
            .header("Content-Type", "text/csv")
            .header("Accept-Language", "de")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
            .build();
    return new RosterFile.Sent(
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
  }

  private static List<Tuple> problems(JsonNode body) {
    return StreamSupport.stream(body.get("problems").spliterator(), false)
        .map(p -> tuple(p.get("row").asInt(), p.get("column").asText()))
        .toList();
  }

  private static List<String> members(String admin) throws Exception {
    return items(school(admin).get("api/v1/members?size=100").json(), "email");
  }

  private static List<String> enrolments(String admin) throws Exception {
    return items(school(admin).get("api/v1/enrolments?size=100").json(), "trainee");
  }

  private static List<String> assignments(String admin) throws Exception {
    JsonNode page = school(admin).get("api/v1/assignments?size=100").json();
    List<String> pairs = new ArrayList<>();
    page.get("items")
        .forEach(a -> pairs.add(a.get("supervisor").asText() + " > " + a.get("trainee").asText()));
    return pairs;
  }

  private static List<String> items(JsonNode page, String field) {
    List<String> values = new ArrayList<>();
    page.get("items").forEach(item -> values.add(item.get(field).asText()));
    values.sort(null);
    return values;
  }

  private static Api school(String admin) throws Exception {
    return Api.as(Deployments.baseUrl(), admin, TestSchool.PASSWORD);
  }
}
