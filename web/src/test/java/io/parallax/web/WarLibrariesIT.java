package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged WAR, as the build left it: one JAX-RS runtime (the server's Jersey) and nothing that
 * offers itself as a JAX-RS provider through {@code META-INF/services}. The Keycloak admin client
 * used to bring RESTEasy, which fought Jersey for the JVM's {@code RuntimeDelegate}.
 */
class WarLibrariesIT {

  private static final Path WAR =
      Path.of(System.getProperty("parallax.war", "target/parallax.war"));

  @Test
  void theWarCarriesNoResteasy() throws IOException {
    List<String> libraries = libraries();

    assertThat(libraries).isNotEmpty().noneMatch(name -> name.toLowerCase().contains("resteasy"));
  }

  @Test
  void theWarCarriesNoJaxRsRuntimeOrProviderOfItsOwn() throws IOException {
    List<String> libraries = libraries();

    assertThat(libraries)
        .noneMatch(name -> name.contains("jersey") || name.contains("jackson-jakarta-rs"));
  }

  private static List<String> libraries() throws IOException {
    try (ZipFile war = new ZipFile(WAR.toFile())) {
      return war.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"))
          .map(name -> name.substring("WEB-INF/lib/".length()))
          .toList();
    }
  }
}
