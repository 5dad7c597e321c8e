package io.parallax.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Login, tokens and tenancy against the real Keycloak, through the deployed WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  @Test
  void operatorCallsTheApiWithABearerToken() throws Exception {
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());

    var schools = operator.get("api/v1/schools");

    assertThat(schools.status()).as(schools.toString()).isEqualTo(200);
    assertThat(schools.json().get("items").isArray()).isTrue();
  }

  @Test
  void apiWithoutOrWithABadTokenIs401() throws Exception {
    String token = Realm.token(Realm.OPERATOR, Realm.operatorPassword());
    String tampered = token.substring(0, token.length() - 4) + "AAAA";

    var none = new Api(base, null).get("api/v1/schools");
    var bad = new Api(base, tampered).get("api/v1/schools");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.contentType()).contains("application/problem+json");
    assertThat(bad.status()).isEqualTo(401);
  }

  @Test
  void operatorSignsInAndLandsOnTheSchoolsPage() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      browser.get(base + "home.xhtml");
      var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      browser.findElement(By.id("username")).sendKeys(Realm.OPERATOR);
      browser.findElement(By.id("password")).sendKeys(Realm.operatorPassword());
      browser.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("platform-title")));
      assertThat(browser.getCurrentUrl()).endsWith("/platform/schools.xhtml");
      Browser.screenshot(browser, "platform-schools");

      browser.findElement(By.id("nav-logout")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-title")));
      browser.get(base + "home.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    } finally {
      browser.quit();
    }
  }
}
