package io.parallax.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every English bundle has a German twin with the same keys and the same placeholders, and the
 * German twin holds German: a value identical to the English one is allowed only for the few words
 * both languages share (proper names, accreditation bodies).
 */
class BundlesTest {

  /** Bundle folders: the web's texts, its Bean Validation messages, the domain's rules. */
  private static final List<Path> FOLDERS =
      List.of(
          Path.of("src/main/resources/io/parallax/web"),
          Path.of("src/main/resources"),
          Path.of("../domain/src/main/resources/io/parallax/domain"));

  /** Values that are the same word in German: names and terms German coaching schools use. */
  static final Set<String> SAME_IN_BOTH =
      Set.of(
          "Parallax", "ICF", "EMCC", "PCC", "Supervision", "Signal", "Format", "Element", "Median");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  @Test
  void everyBundleHasAGermanTwin() throws IOException {
    assertThat(englishBundles()).isNotEmpty().allSatisfy(en -> assertThat(german(en)).exists());
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path en : englishBundles()) {
      Properties english = load(en);
      Properties german = load(german(en));
      for (String key : english.stringPropertyNames()) {
        if (!german.containsKey(key)) {
          problems.add(german(en).getFileName() + " lacks " + key);
        }
      }
      for (String key : german.stringPropertyNames()) {
        if (!english.containsKey(key)) {
          problems.add(en.getFileName() + " lacks " + key);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void bothLanguagesFillInTheSamePlaceholders() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path en : englishBundles()) {
      Properties english = load(en);
      Properties german = load(german(en));
      for (String key : english.stringPropertyNames()) {
        String de = german.getProperty(key);
        if (de != null && !placeholders(english.getProperty(key)).equals(placeholders(de))) {
          problems.add(en.getFileName() + " " + key);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theGermanBundlesHoldNoEnglishLeftOver() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path en : englishBundles()) {
      Properties english = load(en);
      Properties german = load(german(en));
      for (String key : english.stringPropertyNames()) {
        String value = english.getProperty(key).strip();
        if (value.equals(german.getProperty(key, "").strip())
            && !SAME_IN_BOTH.contains(value)
            && hasWords(value)) {
          problems.add(german(en).getFileName() + " " + key + "=" + value);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Whether {@code value} says anything besides placeholders and signs (e.g. "{0} {1} → {2}"). */
  private static boolean hasWords(String value) {
    return value.replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter);
  }

  @Test
  void aPlaceholderMismatchIsFound() {
    assertThat(placeholders("{0} is not a {1}")).isNotEqualTo(placeholders("{0} ist kein"));
    assertThat(placeholders("{0,choice,1#one|1<{0,number,integer}} of {1}"))
        .isEqualTo(placeholders("{1}: {0,choice,1#eins|1<{0,number,integer}}"));
  }

  static List<Path> englishBundles() throws IOException {
    List<Path> bundles = new ArrayList<>();
    for (Path folder : FOLDERS) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          files
              .filter(f -> f.getFileName().toString().matches("[a-zA-Z]+\\.properties"))
              .sorted()
              .forEach(bundles::add);
        }
      }
    }
    return bundles;
  }

  static Path german(Path english) {
    return english.resolveSibling(
        english.getFileName().toString().replace(".properties", "_de.properties"));
  }

  static Properties load(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
