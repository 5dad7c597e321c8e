package io.parallax.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the tests' identity provider once per test run: a real Keycloak (the distribution the
 * build unpacked, started by {@code config/keycloak/start.sh} with a fresh instance directory and
 * the realm import) and a real SMTP server (GreenMail) that Keycloak delivers its e-mails to.
 * Keycloak starts in the background while the first Payara Micro boots; {@link #keycloakUrl()}
 * waits for it and fails loudly, with the end of its log, if it does not come up.
 */
public class TestIdentity implements LauncherSessionListener {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

  private static GreenMail mail;
  private static Process keycloak;
  private static CompletableFuture<String> ready;
  private static Path log;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    int port = Integer.getInteger("parallax.test.kc-port", 0);
    if (port == 0 || keycloak != null) {
      return;
    }
    mail =
        new GreenMail(
            new ServerSetup(Integer.getInteger("parallax.test.smtp-port"), "127.0.0.1", "smtp"));
    mail.start();
    Path instance = Path.of(System.getProperty("parallax.test.kc-instance"));
    log = instance.resolveSibling("keycloak-it.log");
    try {
      deleteRecursively(instance);
      Files.createDirectories(instance);
      keycloak =
          new ProcessBuilder(
                  System.getProperty("parallax.test.kc-start"),
                  instance.toString(),
                  Integer.toString(port),
                  System.getProperty("parallax.test.kc-management-port"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start Keycloak with config/keycloak/start.sh", e);
    }
    String url = "http://localhost:" + port;
    ready = CompletableFuture.supplyAsync(() -> awaitRealm(url));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.descendants().forEach(ProcessHandle::destroy);
      keycloak.destroy();
      keycloak = null;
    }
    if (mail != null) {
      mail.stop();
      mail = null;
    }
  }

  /** Keycloak's base URL, once its {@code parallax} realm answers. */
  public static String keycloakUrl() {
    if (ready == null) {
      throw new IllegalStateException(
          "Keycloak was not started: run the integration tests through ./mvnw verify");
    }
    return ready.join();
  }

  /** The mail sink Keycloak sends invitations to. */
  public static GreenMail mail() {
    keycloakUrl();
    return mail;
  }

  private static String awaitRealm(String url) {
    HttpClient http = HttpClient.newHttpClient();
    URI realm = URI.create(url + "/realms/parallax/.well-known/openid-configuration");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!keycloak.isAlive()) {
        throw new IllegalStateException("Keycloak stopped during start-up:\n" + tail());
      }
      try {
        if (http.send(HttpRequest.newBuilder(realm).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return url;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    throw new IllegalStateException(
        "Keycloak's realm did not answer within " + START_TIMEOUT + ":\n" + tail());
  }

  private static String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (var children = Files.list(path)) {
        for (Path child : children.toList()) {
          deleteRecursively(child);
        }
      }
    }
    Files.delete(path);
  }

  static File logFile() {
    return log.toFile();
  }
}
