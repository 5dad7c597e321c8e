package io.parallax.web;

import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * PrimeFaces pages as a person uses them in the browser tests: wait until the page and its Ajax
 * requests are done, type into a field, pick from a menu, tick a box. Every wait that fails says
 * where the browser is and what the page shows, messages included.
 */
public final class Pages {

  private static final Duration PATIENCE = Duration.ofSeconds(45);

  /** The CSS classes PrimeFaces gives an overlay while it animates in. */
  private static final Pattern OPENING = Pattern.compile("-enter(-active)?(\\s|$)");

  private Pages() {}

  /** Waits until the page is loaded, its widgets are set up and no Ajax request is under way. */
  public static void ready(ChromeDriver browser) {
    until(
        browser,
        "the page and its Ajax requests to finish",
        b ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) b)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.jQuery || jQuery.active === 0)"
                            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** Waits for an element by id. */
  public static WebElement waitFor(ChromeDriver browser, String id) {
    return until(browser, "#" + id, ExpectedConditions.presenceOfElementLocated(By.id(id))::apply);
  }

  /** Waits until {@code target} shows {@code text}. */
  public static void waitForText(ChromeDriver browser, By target, String text) {
    until(
        browser,
        "\"" + text + "\" in " + target,
        b -> {
          var found = b.findElements(target);
          return !found.isEmpty() && found.get(0).getText().contains(text);
        });
  }

  /** The visible text of the element with {@code id}, once it is there. */
  public static String text(ChromeDriver browser, String id) {
    return waitFor(browser, id).getText().strip();
  }

  /**
   * Replaces a field's content by typing. Selecting and erasing first: AutoNumeric fields
   * (p:inputNumber) do not replace a selection reliably, so whatever is left is erased key by key.
   */
  public static void type(ChromeDriver browser, By field, String text) {
    ready(browser);
    WebElement input = browser.findElement(field);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    String left = input.getAttribute("value");
    if (left != null && !left.isEmpty()) {
      input.sendKeys(Keys.END);
      input.sendKeys(Keys.BACK_SPACE.toString().repeat(left.length()));
    }
    input.sendKeys(text);
  }

  /** Clicks as a person does; when something covers the element, scrolls it to the middle first. */
  public static void click(ChromeDriver browser, By target) {
    ready(browser);
    WebElement element =
        until(
            browser, "clickable " + target, ExpectedConditions.elementToBeClickable(target)::apply);
    try {
      element.click();
    } catch (ElementClickInterceptedException covered) {
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
    }
  }

  /** Picks the option labelled {@code label} of a PrimeFaces selectOneMenu, as a person does. */
  public static void pick(ChromeDriver browser, String menuId, String label) {
    click(browser, By.id(menuId + "_label"));
    waitUntilShown(browser, By.id(menuId + "_panel"));
    click(
        browser,
        By.xpath(
            "//*[@id='"
                + menuId
                + "_panel']//li[contains(@class,'ui-selectonemenu-item')][@data-label=\""
                + label
                + "\"]"));
    waitForText(browser, By.id(menuId + "_label"), label);
    ready(browser);
  }

  /** Clicks the button labelled {@code label} of a PrimeFaces selectOneButton. */
  public static void choose(ChromeDriver browser, String groupId, String label) {
    click(
        browser,
        By.xpath(
            "//*[@id='"
                + groupId
                + "']//div[contains(@class,'ui-button')][normalize-space(.)=\""
                + label
                + "\"]"));
  }

  /**
   * Ticks the box of a PrimeFaces selectManyCheckbox or radio whose label contains {@code text}.
   */
  public static void tick(ChromeDriver browser, String groupId, String text) {
    click(
        browser,
        By.xpath(
            "//*[@id='"
                + groupId
                + "']//label[contains(normalize-space(.), \""
                + text
                + "\")]/ancestor::*[.//div[contains(@class,'ui-chkbox-box')"
                + " or contains(@class,'ui-radiobutton-box')]][1]"
                + "//div[contains(@class,'ui-chkbox-box') or contains(@class,'ui-radiobutton-box')]"));
  }

  /** Ticks a PrimeFaces selectBooleanCheckbox by its visible box. */
  public static void check(ChromeDriver browser, String id) {
    click(browser, By.cssSelector("[id='" + id + "'] .ui-chkbox-box"));
  }

  /**
   * Types a date into a PrimeFaces datePicker ({@code id} is the picker's, its input is {@code
   * id_input}) as a person who knows the date does. A picker that opens its calendar on focus lets
   * the calendar take the focus and swallow keys typed into the field; so if the calendar opens,
   * this waits until it has, closes it with Escape (which gives the focus back to the field), then
   * types, and leaves the field without tabbing into the next picker.
   */
  public static void typeDate(ChromeDriver browser, String id, String text) {
    ready(browser);
    By input = By.id(id + "_input");
    closeCalendar(browser, id);
    browser.findElement(input).click();
    closeCalendar(browser, id);
    WebElement field = browser.findElement(input);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text);
    browser.executeScript("arguments[0].blur();", field);
    until(
        browser,
        "\"" + text + "\" in " + id,
        b -> text.equals(b.findElement(input).getAttribute("value")));
    ready(browser);
  }

  /** Closes the calendar of a datePicker if it shows, once it has opened and taken the focus. */
  private static void closeCalendar(ChromeDriver browser, String id) {
    if (!calendarShown(browser, id)) {
      return;
    }
    waitUntilShown(browser, By.id(id + "_panel"));
    until(
        browser,
        "the calendar of " + id + " to take the focus",
        b ->
            Boolean.TRUE.equals(
                browser.executeScript(
                    "return document.getElementById(arguments[0]).contains(document.activeElement);",
                    id + "_panel")));
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    until(browser, "the calendar of " + id + " to close", b -> !calendarShown(browser, id));
  }

  private static boolean calendarShown(ChromeDriver browser, String id) {
    return browser.findElements(By.id(id + "_panel")).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Answers the page's open p:confirmDialog with its yes button, once the dialog shows. */
  public static void confirm(ChromeDriver browser) {
    waitUntilShown(browser, By.cssSelector(".ui-confirm-dialog"));
    click(browser, By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    ready(browser);
  }

  /**
   * Waits until an overlay (a menu's panel, a calendar, a dialog) is shown and its opening
   * animation is over: PrimeFaces scales overlays in, and a click computed while one still moves
   * lands next to its target (on the neighbouring menu item, say).
   */
  public static void waitUntilShown(ChromeDriver browser, By overlay) {
    until(
        browser,
        overlay + " to be shown, its animation over",
        b ->
            b.findElements(overlay).stream()
                .anyMatch(
                    element ->
                        element.isDisplayed()
                            && !OPENING.matcher(element.getAttribute("class")).find()));
  }

  /** Waits for {@code condition}; on time-out fails with the URL, the page's text and messages. */
  public static <T> T until(ChromeDriver browser, String what, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(browser, PATIENCE)
          .ignoring(StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      throw new AssertionError("Waited in vain for " + what + "\n" + describe(browser), e);
    }
  }

  /** Where the browser is and what it shows: URL, title and the page's visible text. */
  public static String describe(ChromeDriver browser) {
    String body;
    try {
      body = browser.findElement(By.tagName("body")).getText();
    } catch (RuntimeException unreadable) {
      body = "(page unreadable: " + unreadable.getMessage() + ")";
    }
    return "at "
        + browser.getCurrentUrl()
        + " (\""
        + browser.getTitle()
        + "\"), showing:\n"
        + body.substring(0, Math.min(body.length(), 6000));
  }
}
