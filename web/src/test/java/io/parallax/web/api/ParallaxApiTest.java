package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API lists its resources and providers ({@link ParallaxApi#getClasses()}) instead of letting
 * the server scan for them: every {@code @Path} and {@code @Provider} class the web module compiles
 * must be in that list, or its endpoints or its problem+json answers would silently disappear.
 */
class ParallaxApiTest {

  @Test
  void everyResourceAndProviderOfTheWebModuleIsListed() throws Exception {
    Set<Class<?>> annotated =
        compiledClasses().stream()
            .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
            .filter(
                type ->
                    type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                        || type.isAnnotationPresent(Provider.class))
            .collect(Collectors.toSet());

    assertThat(annotated).as("the scan found the API's classes").hasSizeGreaterThan(20);
    assertThat(new ParallaxApi().getClasses()).containsExactlyInAnyOrderElementsOf(annotated);
  }

  /**
   * Every class compiled from web/src/main, read from the directory ParallaxApi was loaded from.
   */
  private static List<Class<?>> compiledClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(ParallaxApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(root).as("the web module's classes directory").isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> root.relativize(file).toString())
          .filter(name -> !name.equals("module-info.class") && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(ParallaxApiTest::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ParallaxApiTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("cannot load " + name, e);
    }
  }
}
