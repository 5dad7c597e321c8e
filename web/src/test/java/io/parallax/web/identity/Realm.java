package io.parallax.web.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.web.TestIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The tests' side of the real Keycloak: access tokens by the password grant of the {@code
 * parallax-api} client, and the realm's admin API (as Keycloak's bootstrap admin) for what a person
 * would otherwise do by e-mail, such as setting a password.
 */
public final class Realm {

  public static final String OPERATOR = "operator";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Keycloak admin;

  private Realm() {}

  public static String operatorPassword() {
    return System.getenv("PARALLAX_OPERATOR_PASSWORD");
  }

  /** An access token for {@code username}, as a script would get one. */
  public static String token(String username, String password) throws Exception {
    JsonNode answer = tokenResponse(username, password);
    if (!answer.has("access_token")) {
      throw new IllegalStateException("No token for " + username + ": " + answer);
    }
    return answer.get("access_token").asText();
  }

  public static JsonNode tokenResponse(String username, String password) throws Exception {
    String form =
        form(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "parallax-api",
                "client_secret",
                System.getenv("PARALLAX_API_CLIENT_SECRET"),
                "username",
                username,
                "password",
                password,
                "scope",
                "openid"));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    TestIdentity.keycloakUrl() + "/realms/parallax/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  public static synchronized RealmResource admin() {
    if (admin == null) {
      admin =
          KeycloakBuilder.builder()
              .serverUrl(TestIdentity.keycloakUrl())
              .realm("master")
              .clientId("admin-cli")
              .username(System.getenv("KC_BOOTSTRAP_ADMIN_USERNAME"))
              .password(System.getenv("KC_BOOTSTRAP_ADMIN_PASSWORD"))
              .build();
    }
    return admin.realm("parallax");
  }

  /** The aliases of every organization in the realm (Keycloak lists them a page at a time). */
  public static List<String> organizationAliases() {
    List<String> aliases = new java.util.ArrayList<>();
    for (int first = 0; ; first += 100) {
      var page = admin().organizations().list(first, 100);
      page.forEach(organization -> aliases.add(organization.getAlias()));
      if (page.size() < 100) {
        return aliases;
      }
    }
  }

  public static UserRepresentation user(String username) {
    List<UserRepresentation> found = admin().users().search(username, true);
    if (found.isEmpty()) {
      throw new IllegalStateException("No Keycloak account " + username);
    }
    return found.get(0);
  }

  /** What an invitee does by following the e-mail: a password, nothing left to do. */
  public static void activate(String username, String password) {
    UserRepresentation user = user(username);
    var credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    admin().users().get(user.getId()).resetPassword(credential);
    user.setRequiredActions(List.of());
    user.setEmailVerified(true);
    admin().users().get(user.getId()).update(user);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static JsonNode json(String body) throws IOException {
    return JSON.readTree(body);
  }
}
