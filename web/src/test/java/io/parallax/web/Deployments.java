package io.parallax.web;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments: the WAR the build produced, as shipped, plus what a test adds to it. */
public final class Deployments {

  private Deployments() {}

  /** The real {@code parallax.war}, with AssertJ for assertions made inside the container. */
  public static WebArchive parallaxWar() {
    return built("parallax.war", "target/parallax.war");
  }

  /**
   * The real {@code parallax-demo.war} ({@code ./run.sh} deploys it): the product plus the demo
   * module, for tests that generate synthetic schools or the demo school's data.
   */
  public static WebArchive parallaxDemoWar() {
    return built("parallax.demo-war", "target/parallax-demo.war");
  }

  private static WebArchive built(String property, String fallback) {
    File war = new File(System.getProperty(property, fallback));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with ./mvnw verify");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addAsLibrary(jarOf(Assertions.class));
  }

  /**
   * Where the deployed app answers, as a browser on this machine reaches it: localhost on the port
   * the build reserved, which Keycloak's redirect URIs name.
   */
  public static URL baseUrl() {
    try {
      return URI.create("http://localhost:" + Integer.getInteger("parallax.test.app-port") + "/")
          .toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
