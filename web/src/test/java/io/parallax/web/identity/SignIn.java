package io.parallax.web.identity;

import io.parallax.web.Pages;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's sign-in page, as a person uses it: open a Parallax page, sign in, land. */
public final class SignIn {

  private SignIn() {}

  /** Opens {@code page} of Parallax, signs in on Keycloak's page, waits for {@code landmarkId}. */
  public static void as(
      ChromeDriver browser,
      URL base,
      String page,
      String username,
      String password,
      String landmarkId) {
    browser.get(base + page);
    waitFor(browser, "username");
    browser.findElement(By.id("username")).sendKeys(username);
    if (browser.findElements(By.id("password")).isEmpty()) {
      // with organizations, Keycloak asks for the username first, then the password
      browser.findElement(By.id("kc-login")).click();
      waitFor(browser, "password");
    }
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("kc-login")).click();
    waitFor(browser, landmarkId);
  }

  /** Waits until the browser is at a URL ending with {@code path}. */
  public static void waitForUrl(ChromeDriver browser, String path) {
    Pages.until(browser, "the URL to contain " + path, ExpectedConditions.urlContains(path)::apply);
  }

  /** Opens an e-mailed action link; Keycloak may first ask to proceed to the actions. */
  public static void openActionLink(ChromeDriver browser, String link) {
    browser.get(link);
    if (browser.findElements(By.id("password-new")).isEmpty()) {
      var proceed =
          browser.findElements(
              By.cssSelector("#kc-info-message a, .instruction a, a[href*='action-token']"));
      if (!proceed.isEmpty()) {
        proceed.get(0).click();
      }
    }
    waitFor(browser, "password-new");
  }

  /**
   * After Keycloak's action page has been submitted: follows the "account updated" page's link back
   * to Parallax, signs in with the new password if Keycloak asks, and waits for {@code landmarkId}.
   */
  public static void continueToApplication(
      ChromeDriver browser, String landmarkId, String username, String password) {
    By back = By.cssSelector("#kc-info-message a, a[href*='home.xhtml']");
    By signIn = By.id("username");
    new WebDriverWait(browser, Duration.ofSeconds(45))
        .until(
            b ->
                !b.findElements(By.id(landmarkId)).isEmpty()
                    || !b.findElements(back).isEmpty()
                    || !b.findElements(signIn).isEmpty());
    if (!browser.findElements(back).isEmpty()) {
      browser.findElement(back).click();
      new WebDriverWait(browser, Duration.ofSeconds(45))
          .until(
              b ->
                  !b.findElements(By.id(landmarkId)).isEmpty()
                      || !b.findElements(signIn).isEmpty());
    }
    if (!browser.findElements(signIn).isEmpty()) {
      // the action link sets the password but opens no Keycloak session: sign in with it
      browser.findElement(signIn).sendKeys(username);
      if (browser.findElements(By.id("password")).isEmpty()) {
        browser.findElement(By.id("kc-login")).click();
        waitFor(browser, "password");
      }
      browser.findElement(By.id("password")).sendKeys(password);
      browser.findElement(By.id("kc-login")).click();
    }
    waitFor(browser, landmarkId);
  }

  /** Waits for an element, failing with where the browser is and what it shows. */
  public static void waitFor(ChromeDriver browser, String id) {
    Pages.waitFor(browser, id);
  }
}
