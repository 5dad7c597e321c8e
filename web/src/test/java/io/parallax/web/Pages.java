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

  /**
   * Waits until the page is loaded, its widgets are set up, no Ajax request is under way and no
   * overlay is still moving in or out: a click on a menu item while its panel still grows into
   * place may land nowhere (PrimeFaces' own Selenium support waits for the same).
   */
  public static void ready(ChromeDriver browser) {
    until(
        browser,
        "the page, its Ajax requests and animations to finish",
        b ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) b)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.jQuery || (jQuery.active === 0"
                            + " && jQuery(':animated').length === 0))"
                            + " && (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                            + " && PrimeFaces.animationActive !== true));")));
  }

  /** Waits until every Chart.js chart on the page has finished animating (before screenshots). */
  public static void chartsDrawn(ChromeDriver browser) {
    until(
        browser,
        "the charts to finish drawing",
        b ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) b)
                    .executeScript(
                        "return !window.Chart || Object.values(Chart.instances)"
                            + ".every(c => !Chart.animator.running(c));")));
  }

  /**
   * The datasets the Chart.js chart {@code id} draws (a p:chart's canvas), as JSON; "null" if none.
   */
  public static String chartData(ChromeDriver browser, String id) {
    return String.valueOf(
        browser.executeScript(
            "var c = Chart.getChart(arguments[0]);"
                + " return c ? JSON.stringify(c.data.datasets.map(d => d.data)) : null;",
            id + "_canvas"));
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

  /**
   * The error message shown next to the field {@code id} (the p:message that follows it), once
   * there is one.
   */
  public static String errorAt(ChromeDriver browser, String id) {
    return until(
            browser,
            "an error message next to #" + id,
            b ->
                b
                    .findElements(
                        By.xpath(
                            "//*[@id='"
                                + id
                                + "']/following-sibling::*[contains(@class,'ui-message-error')][1]"))
                    .stream()
                    .findFirst()
                    .orElse(null))
        .getText()
        .strip();
  }

  /** The visible text of the element with {@code id}, once it is there. */
  public static String text(ChromeDriver browser, String id) {
    return waitFor(browser, id).getText().strip();
  }

  /**
   * Replaces a field's content by typing: erases what is there key by key first (AutoNumeric
   * fields, p:inputNumber, do not replace a selection reliably).
   */
  public static void type(ChromeDriver browser, By field, String text) {
    ready(browser);
    WebElement input = browser.findElement(field);
    input.click();
    String old = input.getAttribute("value");
    if (old != null && !old.isEmpty()) {
      input.sendKeys(Keys.END);
      input.sendKeys(Keys.BACK_SPACE.toString().repeat(old.length()));
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

  /**
   * Picks the option labelled {@code label} of a PrimeFaces selectOneMenu, as a person does: opens
   * the menu, waits until its panel has grown into place, clicks the item and waits for the change
   * (and the Ajax update it may fire) to finish.
   */
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

  /**
   * Ticks the item whose label contains {@code text} in a PrimeFaces selectCheckboxMenu: opens its
   * panel, clicks the item's box, closes the panel again.
   */
  public static void tickInMenu(ChromeDriver browser, String menuId, String text) {
    click(browser, By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-trigger"));
    By panel = By.id(menuId + "_panel");
    waitUntilShown(browser, panel);
    click(
        browser,
        By.xpath(
            "//*[@id='"
                + menuId
                + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[contains(normalize-space(.), \""
                + text
                + "\")]//div[contains(@class,'ui-chkbox-box')]"));
    click(browser, By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-close"));
    ready(browser);
  }

  /** Ticks a PrimeFaces selectBooleanCheckbox by its visible box. */
  public static void check(ChromeDriver browser, String id) {
    click(browser, By.cssSelector("[id='" + id + "'] .ui-chkbox-box"));
  }

  /**
   * Types a date into the PrimeFaces datePicker {@code id} (its input is {@code id_input}), leaves
   * the field and checks that it holds the date. The pages' pickers open their calendar only from
   * their button ({@code showOnFocus="false"}): a calendar that opens on focus re-renders at each
   * key and takes the keyboard focus, and typed dates were dropped.
   */
  public static void typeDate(ChromeDriver browser, String id, String isoDate) {
    By input = By.id(id + "_input");
    type(browser, input, isoDate);
    browser.executeScript("arguments[0].blur();", browser.findElement(input));
    until(
        browser,
        "\"" + isoDate + "\" in " + id,
        b -> isoDate.equals(b.findElement(input).getAttribute("value")));
    ready(browser);
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
