package io.parallax.web.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.web.Deployments;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A school onboarded the real way, through the API as the platform operator: a Keycloak
 * organization, a school admin who invites one supervisor and one trainee. The invitees' passwords
 * are set through Keycloak's admin API instead of their e-mail links (the onboarding test follows a
 * link itself).
 */
public record TestSchool(
    String id, String admin, String supervisor, String trainee, UUID traineeId) {

  public static final String PASSWORD = "Parallax-test-1";

  public static TestSchool onboard(String prefix) throws Exception {
    return onboard(prefix, null);
  }

  /** A school working in {@code timeZone} (e.g. {@code Pacific/Auckland}; null: the default). */
  public static TestSchool onboard(String prefix, String timeZone) throws Exception {
    URL base = Deployments.baseUrl();
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String admin = "admin@" + id + ".test";
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    Map<String, String> body = new HashMap<>(onboarding(id, admin));
    if (timeZone != null) {
      body.put("timeZone", timeZone);
    }
    require(operator.post("api/v1/schools", body), 201);
    Realm.activate(admin, PASSWORD);
    Api school = Api.as(base, admin, PASSWORD);
    String supervisor = "sol@" + id + ".test";
    String trainee = "ada@" + id + ".test";
    invite(school, supervisor, "Sol", "SUPERVISOR");
    JsonNode ada = invite(school, trainee, "Ada", "TRAINEE");
    Realm.activate(supervisor, PASSWORD);
    Realm.activate(trainee, PASSWORD);
    return new TestSchool(id, admin, supervisor, trainee, UUID.fromString(ada.get("id").asText()));
  }

  /** The body that onboards school {@code id} ("School <id>") with its first admin. */
  public static Map<String, String> onboarding(String id, String adminEmail) {
    return Map.of(
        "id",
        id,
        "name",
        "School " + id,
        "adminEmail",
        adminEmail,
        "adminFirstName",
        "Alex",
        "adminLastName",
        "Admin");
  }

  /** The school admin assigns the school's supervisor to its trainee from {@code startsOn} on. */
  public void assignSupervisor(LocalDate startsOn) throws Exception {
    String supervisorId = as(supervisor).get("api/v1/members/me").json().get("id").asText();
    require(
        as(admin)
            .post(
                "api/v1/assignments",
                Map.of(
                    "supervisorId",
                    supervisorId,
                    "traineeId",
                    traineeId.toString(),
                    "startsOn",
                    startsOn.toString())),
        201);
  }

  /**
   * A program and a cohort of this school started on {@code startsOn}, with the school's trainee
   * (and {@code alsoEnrolled}) enrolled and the trainee assigned to the supervisor since then, all
   * through the API as the school admin. Answers the cohort's id.
   */
  public String withCohort(String cohortName, LocalDate startsOn, String... alsoEnrolled)
      throws Exception {
    Api school = as(admin);
    String programId = created(school.post("api/v1/programs", Map.of("name", "Diploma")));
    String cohortId =
        created(
            school.post(
                "api/v1/cohorts",
                Map.of(
                    "programId", programId, "name", cohortName, "startsOn", startsOn.toString())));
    List<String> enrolled = new java.util.ArrayList<>(List.of(traineeId.toString()));
    enrolled.addAll(List.of(alsoEnrolled));
    for (String trainee : enrolled) {
      created(
          school.post(
              "api/v1/enrolments",
              Map.of(
                  "cohortId", cohortId, "traineeId", trainee, "enrolledOn", startsOn.toString())));
    }
    assignSupervisor(startsOn);
    return cohortId;
  }

  /**
   * {@code count} client sessions with a new client {@code code}, a week apart from three days ago,
   * weak on outcome and participation (the pattern a parallel process mirrors).
   */
  public static void logWeakClientSessions(
      Api trainee, String code, int count, List<String> driftMarkers) throws Exception {
    String clientId =
        created(trainee.post("api/v1/me/clients", Map.of("code", code, "paymentBasis", "PAID")));
    LocalDate today = LocalDate.now();
    for (int i = 0; i < count; i++) {
      created(
          trainee.post(
              "api/v1/me/sessions",
              Map.of(
                  "clientId",
                  clientId,
                  "heldOn",
                  today.minusDays(7 * i + 3).toString(),
                  "minutes",
                  60,
                  "focus",
                  "CLEAR",
                  "outcome",
                  "ABSENT",
                  "approach",
                  "PARTIAL",
                  "participation",
                  "ABSENT",
                  "driftMarkers",
                  driftMarkers,
                  "responsibilityShare",
                  70)));
    }
  }

  /**
   * A supervision session of the trainee on {@code heldOn}, contracted as weakly as their client
   * sessions, with an upward parallel process observed; {@code more} adds fields (drift markers,
   * seven-eyed modes, core issues).
   */
  public void recordMirroringSupervision(LocalDate heldOn, Map<String, Object> more)
      throws Exception {
    Map<String, Object> session = new HashMap<>();
    session.put("superviseeId", traineeId.toString());
    session.put("heldOn", heldOn.toString());
    session.put("minutes", 60);
    session.put("format", "INDIVIDUAL");
    session.put(
        "contracting",
        Map.of(
            "focus",
            "CLEAR",
            "outcome",
            "ABSENT",
            "approach",
            "PARTIAL",
            "participation",
            "ABSENT"));
    session.put("proctorBalance", Map.of("normative", 20, "formative", 50, "restorative", 30));
    session.put(
        "parallelProcess",
        Map.of(
            "dynamic",
            "Tells the client's story instead of agreeing what we work on",
            "direction",
            "UPWARD",
            "namedInSession",
            true));
    session.putAll(more);
    created(as(supervisor).post("api/v1/supervision-sessions", session));
  }

  /** The id of what a 201 answer created; anything else fails the set-up. */
  public static String created(Api.Answer answer) throws Exception {
    require(answer, 201);
    return answer.json().get("id").asText();
  }

  /**
   * Another trainee of this school, invited and activated, assigned to the school's supervisor from
   * {@code startsOn} on; answers their member id.
   */
  public UUID anotherTrainee(String email, String firstName, LocalDate startsOn) throws Exception {
    UUID id = UUID.fromString(invite(as(admin), email, firstName, "TRAINEE").get("id").asText());
    Realm.activate(email, PASSWORD);
    String supervisorId = as(supervisor).get("api/v1/members/me").json().get("id").asText();
    require(
        as(admin)
            .post(
                "api/v1/assignments",
                Map.of(
                    "supervisorId",
                    supervisorId,
                    "traineeId",
                    id.toString(),
                    "startsOn",
                    startsOn.toString())),
        201);
    return id;
  }

  public Api as(String username) throws Exception {
    return Api.as(Deployments.baseUrl(), username, PASSWORD);
  }

  private static JsonNode invite(Api school, String email, String firstName, String role)
      throws Exception {
    Api.Answer invited =
        school.post(
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
    require(invited, 201);
    return invited.json();
  }

  private static void require(Api.Answer answer, int status) {
    if (answer.status() != status) {
      throw new IllegalStateException("Expected " + status + ", got " + answer);
    }
  }
}
