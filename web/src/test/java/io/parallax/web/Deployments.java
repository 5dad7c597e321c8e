package io.parallax.web;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments: the WAR the build produced, as shipped, plus what a test adds to it. */
public final class Deployments {

  private Deployments() {}

  /** The real {@code parallax.war}, with AssertJ for assertions made inside the container. */
  public static WebArchive parallaxWar() {
    File war = new File(System.getProperty("parallax.war", "target/parallax.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with ./mvnw verify");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addAsLibrary(jarOf(Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
