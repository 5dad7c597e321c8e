package io.parallax.demo;

import io.parallax.ejb.identity.DirectoryUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a demo account the DEV-ONLY demo password, so that the logins {@code ./run.sh} prints work.
 * The product never sets a password (an invitation lets the invitee choose one), so this is the
 * demo's own small call to Keycloak's admin REST API, as the same {@code parallax-provisioning}
 * service account the product's {@code KeycloakDirectory} uses, over the JDK's HTTP client.
 */
@ApplicationScoped
public class DemoPasswords {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Inject
  @ConfigProperty(name = "parallax.keycloak.url")
  String url;

  @Inject
  @ConfigProperty(name = "parallax.keycloak.realm", defaultValue = "parallax")
  String realm;

  @Inject
  @ConfigProperty(name = "parallax.provisioning.client.id", defaultValue = "parallax-provisioning")
  String clientId;

  @Inject
  @ConfigProperty(name = "parallax.provisioning.client.secret")
  String clientSecret;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** A permanent password, the e-mail verified and no action required before the first login. */
  public void set(String userId, String password) {
    String token = token();
    String user = url + "/admin/realms/" + realm + "/users/" + userId;
    JsonObject credential =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build();
    send(put(user + "/reset-password", token, credential), "set a demo password");
    JsonObject account = read(send(get(user, token), "read a demo account"));
    JsonObject ready =
        Json.createObjectBuilder(account)
            .add("emailVerified", true)
            .add("requiredActions", Json.createArrayBuilder())
            .build();
    send(put(user, token, ready), "update a demo account");
  }

  private String token() {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(clientId)
            + "&client_secret="
            + encode(clientSecret);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return read(send(request, "sign in the provisioning account")).getString("access_token");
  }

  private static HttpRequest get(String uri, String token) {
    return HttpRequest.newBuilder(URI.create(uri))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static HttpRequest put(String uri, String token, JsonObject body) {
    return HttpRequest.newBuilder(URI.create(uri))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private String send(HttpRequest request, String what) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new DirectoryUnavailable(
            "Keycloak could not " + what + " (HTTP " + response.statusCode() + ").", null);
      }
      return response.body();
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak is not reachable at " + url + ".", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailable("Interrupted while asking Keycloak to " + what + ".", e);
    }
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
