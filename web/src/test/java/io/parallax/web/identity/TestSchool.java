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
