package io.parallax.web;

import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * PrimeFaces data tables as the browser tests read them ({@code tableId} is a table's client id):
 * the text of its rows, a row's button, and waits for rows. A lazy table filters a short while
 * after a key is typed into a column filter, so tests wait for the rows they expect rather than for
 * Ajax alone.
 */
public final class Tables {

  private Tables() {}

  /** The visible text of each data row (none while the table shows its empty message). */
  public static List<String> rows(ChromeDriver browser, String tableId) {
    return texts(browser, By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]"));
  }

  /** The text of the first row that shows {@code text}. */
  public static String row(ChromeDriver browser, String tableId, String text) {
    return rows(browser, tableId).stream()
        .filter(row -> row.contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row with " + text + " in " + tableId));
  }

  /** The first cell of each data row, top to bottom. */
  public static List<String> firstCells(ChromeDriver browser, String tableId) {
    return texts(
        browser, By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri] > td:first-child"));
  }

  /** Types into a column filter ({@code filterId}: e.g. {@code table:column:filter}). */
  public static void filter(ChromeDriver browser, String filterId, String text) {
    Pages.type(browser, By.id(filterId), text);
  }

  /**
   * Waits until the rows satisfy {@code expected} and, unless {@code text} is null, one of them
   * shows {@code text}; {@code what} says what was expected when the wait fails.
   */
  public static void waitForRows(
      ChromeDriver browser,
      String tableId,
      Predicate<List<String>> expected,
      String what,
      String text) {
    Pages.until(
        browser,
        what + " in table " + tableId,
        b -> {
          List<String> rows = rows(browser, tableId);
          return expected.test(rows)
              && (text == null || rows.stream().anyMatch(row -> row.contains(text)));
        });
    Pages.ready(browser);
  }

  /** Waits until the first cells of the rows are exactly {@code cells}, in this order. */
  public static void waitForFirstCells(ChromeDriver browser, String tableId, String... cells) {
    Pages.until(
        browser,
        "rows " + String.join(", ", cells) + " in table " + tableId,
        b -> firstCells(browser, tableId).equals(List.of(cells)));
    Pages.ready(browser);
  }

  /** The button labelled {@code label} in the row that shows {@code rowText}. */
  public static By button(String tableId, String rowText, String label) {
    return By.xpath(
        "//tbody[@id='"
            + tableId
            + "_data']/tr[contains(normalize-space(.), \""
            + rowText
            + "\")]//button[normalize-space(.)=\""
            + label
            + "\"]");
  }

  private static List<String> texts(ChromeDriver browser, By cells) {
    return browser.findElements(cells).stream().map(WebElement::getText).toList();
  }
}
