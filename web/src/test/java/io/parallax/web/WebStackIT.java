package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.TestSchool;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The deployed WAR from the outside: REST, health, OpenAPI and the landing page in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebStackIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = base.toURI().resolve(path);
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesTheApiWithoutATokenAsProblemJson() throws Exception {
    HttpResponse<String> response = get("api/v1/cohorts");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(response.body()).contains("\"status\":401").contains("Bearer");
  }

  @Test
  void answersWhatJaxRsRefusesAsProblemJsonNeverAnHtmlPage() throws Exception {
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());

    Api.Answer noSuchPath = operator.get("api/v1/no-such-thing");
    Api.Answer notAnId = operator.get("api/v1/cohorts/not-a-uuid");
    Api.Answer badPage = operator.get("api/v1/schools?page=first");

    assertThat(noSuchPath.status()).isEqualTo(404);
    assertThat(noSuchPath.contentType()).startsWith("application/problem+json");
    assertThat(noSuchPath.json().get("detail").asText()).contains("Nothing here");
    assertThat(notAnId.status()).as(notAnId.toString()).isEqualTo(404);
    assertThat(notAnId.contentType()).startsWith("application/problem+json");
    assertThat(badPage.status()).as(badPage.toString()).isEqualTo(400);
    assertThat(badPage.contentType()).startsWith("application/problem+json");
    assertThat(badPage.json().get("field").asText()).isEqualTo("page");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoServerBanner() throws Exception {
    HttpResponse<String> page = get("");
    HttpResponse<String> api = get("api/v1/cohorts");
    HttpResponse<String> missing = get("no-such-page.xhtml");

    for (HttpResponse<String> answer : List.of(page, api, missing)) {
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      assertThat(answer.headers().firstValue("Permissions-Policy")).isPresent();
      assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(answer.headers().firstValue("Server")).isEmpty();
      assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp -> assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("eval"));
    }
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .containsPattern("script-src 'self' 'nonce-[^']+';?$");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .doesNotContainPattern("\\w+Exception: ")
        .doesNotContain("at io.parallax");
  }

  @Test
  void refusesAPagePostFromAnotherSite() throws Exception {
    HttpResponse<String> forged =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("index.xhtml"))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void refusesBadValuesNamingTheFieldAndStoresNothing() throws Exception {
    TestSchool school = TestSchool.onboard("stack");
    Api admin = school.as(school.admin());
    Api trainee = school.as(school.trainee());

    Api.Answer nul =
        admin.send("POST", "api/v1/programs", "{\"name\":\"before\\u0000after\"}", null);
    Api.Answer nullRole =
        admin.send(
            "POST",
            "api/v1/members",
            "{\"email\":\"x@stack.test\",\"firstName\":\"X\",\"lastName\":\"Y\","
                + "\"roles\":[null]}",
            null);
    Api.Answer farDate =
        admin.send(
            "POST", "api/v1/cohorts", "{\"name\":\"C\",\"startsOn\":\"+999999999-12-31\"}", null);
    Api.Answer tooLarge =
        admin.send("POST", "api/v1/programs", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}", null);

    for (String name : List.of("<script>", "Robert\"); drop", "../etc")) {
      Api.Answer refused =
          admin.post(
              "api/v1/members",
              Map.of(
                  "email",
                  "x@" + school.id() + ".test",
                  "firstName",
                  name,
                  "lastName",
                  "Y",
                  "roles",
                  List.of("TRAINEE")));
      assertProblem(refused, 400, "firstName");
    }
    assertProblem(
        school.as(school.supervisor()).get("api/v1/caseload?on=%2B999999999-12-31"), 400, "on");
    assertProblem(admin.get("api/v1/caseload?on=-999999999-01-01"), 400, "on");
    assertProblem(
        admin.send("POST", "api/v1/assignments", "{\"supervisorId\":\"nope\"}", null),
        400,
        "supervisorId");
    assertProblem(nul, 400, "name");
    assertProblem(nullRole, 400, "roles[0]");
    assertProblem(farDate, 400, "startsOn");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(admin.get("api/v1/programs").json().get("items")).isEmpty();
    for (String minutes : List.of("2147483648", "4294967356", "9223372036854775808", "1.5")) {
      Api.Answer wrapped =
          trainee.send("POST", "api/v1/me/sessions", "{\"minutes\":" + minutes + "}", null);
      assertProblem(wrapped, 400, "minutes");
    }
    Api.Answer largest =
        trainee.send("POST", "api/v1/me/sessions", "{\"minutes\":2147483647}", null);
    assertThat(largest.status()).isEqualTo(400);
    assertThat(largest.toString()).contains("minutes");
    assertThat(trainee.get("api/v1/me/sessions").json().get("items")).isEmpty();
  }

  @Test
  void theLoserOfTwoConcurrentEditsIsToldNeverA500() throws Exception {
    TestSchool school = TestSchool.onboard("race");
    Api admin = school.as(school.admin());
    Api.Answer opened = admin.post("api/v1/programs", Map.of("name", "Race"));
    String path = "api/v1/programs/" + opened.json().get("id").asText();
    var statuses = new ArrayList<Integer>();

    for (int round = 0; round < 10; round++) {
      String etag = admin.get(path).etag();
      String name = "Race " + round;
      var first = CompletableFuture.supplyAsync(() -> edit(admin, path, name + "a", etag));
      var second = CompletableFuture.supplyAsync(() -> edit(admin, path, name + "b", etag));
      statuses.add(first.get());
      statuses.add(second.get());
    }

    assertThat(statuses).isSubsetOf(200, 409, 412);
    assertThat(statuses.stream().filter(s -> s == 200).count()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aClientEditRacingItsRemovalIsToldNeverA500() throws Exception {
    TestSchool school = TestSchool.onboard("race-client");
    Api trainee = school.as(school.trainee());
    var statuses = new ArrayList<Integer>();

    for (int round = 0; round < 5; round++) {
      Api.Answer added =
          trainee.post("api/v1/me/clients", Map.of("code", "RC-" + round, "paymentBasis", "PAID"));
      String path = "api/v1/me/clients/" + added.json().get("id").asText();
      int n = round;
      String etag = added.etag();
      var edit =
          CompletableFuture.supplyAsync(
              () ->
                  status(
                      () ->
                          trainee.put(
                              path, Map.of("code", "RD-" + n, "paymentBasis", "PAID"), etag)));
      var removal =
          CompletableFuture.supplyAsync(
              () -> status(() -> trainee.send("DELETE", path, null, etag)));
      var secondEdit =
          CompletableFuture.supplyAsync(
              () ->
                  status(
                      () ->
                          trainee.put(
                              path, Map.of("code", "RE-" + n, "paymentBasis", "PAID"), etag)));
      statuses.add(edit.get());
      statuses.add(removal.get());
      statuses.add(secondEdit.get());
    }

    assertThat(statuses).isSubsetOf(200, 204, 404, 409, 412).containsAnyOf(200, 204);
  }

  private interface Call {
    Api.Answer send() throws Exception;
  }

  private static int status(Call call) {
    try {
      return call.send().status();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int edit(Api admin, String path, String name, String etag) {
    try {
      return admin.put(path, Map.of("name", name), etag).status();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblem(Api.Answer answer, int status, String field) throws Exception {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("field").asText()).as(answer.toString()).isEqualTo(field);
  }

  @Test
  void isReadyWithItsDatabase() throws Exception {
    HttpResponse<String> ready = get("/health/ready");
    HttpResponse<String> health = get("/health");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("\"UP\"");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void documentsTheApi() throws Exception {
    HttpResponse<String> openApi = get("/openapi");

    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/v1/cohorts").contains("Parallax API");
  }

  @Test
  void showsTheLandingPageInChromium() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      browser.get(base.toURI().resolve("").toString());

      assertThat(browser.getTitle()).contains("Welcome to Parallax");
      assertThat(browser.findElement(By.id("landing-title")).getText())
          .isEqualTo("Welcome to Parallax");
      assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Sign in");
      assertThat(browser.findElement(By.tagName("link")).getAttribute("href")).isNotBlank();
      Path shot = Browser.screenshot(browser, "landing");
      assertThat(Files.size(shot)).isGreaterThan(10_000);
    } finally {
      browser.quit();
    }
  }
}
