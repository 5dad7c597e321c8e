package io.parallax.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The time zones a school can work in, as the forms suggest them while one types: region ids
 * ({@code Europe/Berlin}) and UTC. What is typed is checked by the school itself, not by this list.
 */
@Named
@ApplicationScoped
public class TimeZoneChoices {

  private static final int MAX_SUGGESTIONS = 20;

  private final List<String> zones =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  /** The zones whose id contains {@code typed} (case-insensitive, spaces as underscores). */
  public List<String> complete(String typed) {
    String wanted = typed == null ? "" : typed.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
    return java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"), zones.stream())
        .filter(z -> z.toLowerCase(Locale.ROOT).contains(wanted))
        .limit(MAX_SUGGESTIONS)
        .toList();
  }
}
