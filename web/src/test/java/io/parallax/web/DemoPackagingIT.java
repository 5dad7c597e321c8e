package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The build's two Payara Micro deployables: {@code parallax.war}, the product (and the EAR's web
 * module), carries no demo or synthetic-data class, in its own classes or in any jar of
 * WEB-INF/lib; {@code parallax-demo.war}, which {@code ./run.sh} deploys, is the same plus the demo
 * jar. Reads the archives the build produced; starts no server.
 */
class DemoPackagingIT {

  private static final Path WAR = Path.of(System.getProperty("parallax.war"));
  private static final Path DEMO_WAR = Path.of(System.getProperty("parallax.demo-war"));

  @Test
  void theProductWarCarriesNoDemoJarAndNoDemoClass() throws IOException {
    List<String> entries = deepEntries(WAR);

    assertThat(entries).isNotEmpty().noneMatch(DemoPackagingIT::isDemo);
    assertThat(entries).anyMatch(e -> e.startsWith("WEB-INF/lib/parallax-ejb-"));
  }

  @Test
  void theDemoWarIsTheProductPlusTheDemoJar() throws IOException {
    List<String> product = deepEntries(WAR);
    List<String> demo = deepEntries(DEMO_WAR);

    assertThat(demo)
        .anyMatch(e -> e.matches("WEB-INF/lib/parallax-demo-[^/]+\\.jar"))
        .anyMatch(e -> e.endsWith(".jar!io/parallax/demo/DemoSchool.class"))
        .anyMatch(e -> e.endsWith("!io/parallax/demo/synthetic/SyntheticSchool.class"));
    assertThat(demo.stream().filter(e -> !isDemo(e)).toList())
        .containsExactlyInAnyOrderElementsOf(product);
  }

  private static boolean isDemo(String entry) {
    return entry.contains("parallax-demo") || entry.contains("io/parallax/demo/");
  }

  /** Every entry of the archive, and of each jar in it as {@code jar!entry}. */
  private static List<String> deepEntries(Path archive) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        names.add(entry.getName());
        if (entry.getName().endsWith(".jar")) {
          try (InputStream in = zip.getInputStream(entry)) {
            names.addAll(jarEntries(entry.getName(), in));
          }
        }
      }
    }
    return names;
  }

  private static List<String> jarEntries(String jar, InputStream in) throws IOException {
    List<String> names = new ArrayList<>();
    ZipInputStream entries = new ZipInputStream(in);
    for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
      names.add(jar + "!" + e.getName());
    }
    return names;
  }
}
