package io.parallax.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, so Selenium downloads nothing. Missing
 * packages fail the test loudly (./test.sh installs them).
 */
public final class Browser {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private Browser() {}

  public static ChromeDriver open() {
    return open(null);
  }

  /** A browser that saves downloads in {@code downloads} without asking (none if null). */
  public static ChromeDriver open(Path downloads) {
    return open(downloads, null);
  }

  /** A browser whose user reads {@code language} (e.g. {@code de}): its Accept-Language. */
  public static ChromeDriver inLanguage(String language) {
    return open(null, language);
  }

  private static ChromeDriver open(Path downloads, String language) {
    requireInstalled(CHROMIUM, "chromium");
    requireInstalled(CHROMEDRIVER, "chromium-driver");
    try {
      Path profile = Files.createTempDirectory("parallax-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      Map<String, Object> prefs = new HashMap<>();
      if (downloads != null) {
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
      }
      if (language != null) {
        options.addArguments("--lang=" + language, "--accept-lang=" + language);
        prefs.put("intl.accept_languages", language);
      }
      if (!prefs.isEmpty()) {
        options.setExperimentalOption("prefs", prefs);
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves what the browser shows under {@code target/screenshots/<name>.png}. */
  public static Path screenshot(ChromeDriver browser, String name) throws IOException {
    Path dir = Path.of(System.getProperty("parallax.test.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /** The tallest page a screenshot takes whole (Chromium draws at most 16384 px at once). */
  private static final int MAX_SHOT_HEIGHT = 16_000;

  /**
   * Saves the whole page under {@code target/screenshots/<name>.png}, not only the part the window
   * shows: Chromium's DevTools protocol captures beyond the viewport at the document's full size,
   * at whatever width the page is shown (a desktop's or an emulated phone's).
   */
  public static Path fullPageScreenshot(ChromeDriver browser, String name) throws IOException {
    Path dir = Path.of(System.getProperty("parallax.test.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    @SuppressWarnings("unchecked")
    Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
    double width =
        Math.max(
            ((Number) content.get("width")).doubleValue(),
            ((Number) viewport.get("clientWidth")).doubleValue());
    double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_SHOT_HEIGHT);
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Path file = dir.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }

  private static void requireInstalled(File file, String debianPackage) {
    if (!file.canExecute()) {
      throw new IllegalStateException(
          file + " is missing: install Debian's " + debianPackage + " (./test.sh does).");
    }
  }
}
