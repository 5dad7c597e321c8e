package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
