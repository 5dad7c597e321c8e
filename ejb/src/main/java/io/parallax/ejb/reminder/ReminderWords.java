package io.parallax.ejb.reminder;

import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.accreditation.TraineeReadiness;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words of the reminder mails in one language ({@code mails*.properties} beside this class):
 * plain sentences with a link to the page where the person acts, and a line saying how to switch
 * the reminder off. Names of people, counts and days only; never a client code or a note.
 */
final class ReminderWords {

  private final ResourceBundle texts;
  private final Locale locale;
  private final String base;

  ReminderWords(String language, String base) {
    this.locale = Locale.forLanguageTag(language);
    this.texts =
        ResourceBundle.getBundle(
            "io.parallax.ejb.reminder.mails",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.base = base;
  }

  String idleSubject() {
    return text("idle.subject");
  }

  /**
   * {@code lastSession} null: none logged yet, counted from {@code since} (the day they joined).
   */
  String idleBody(String name, LocalDate lastSession, LocalDate since, long days) {
    String key = lastSession == null ? "idle.never" : "idle.body";
    return text(key, name, date(since), Long.toString(days), base) + footer();
  }

  String waitingSubject() {
    return text("waiting.subject");
  }

  String waitingBody(String name, long waiting, LocalDate oldest) {
    return text("waiting.body", name, Long.toString(waiting), date(oldest), base) + footer();
  }

  String digestSubject() {
    return text("digest.subject");
  }

  String digestBody(String name, List<CohortReadiness> cohorts) {
    String lines =
        cohorts.isEmpty()
            ? text("digest.none") + "\n"
            : cohorts.stream().map(this::cohortLines).collect(Collectors.joining());
    return text("digest.body", name, lines, base) + footer();
  }

  private String cohortLines(CohortReadiness c) {
    long behind = c.behindCount();
    StringBuilder lines =
        new StringBuilder(
            text(
                "digest.cohort",
                c.cohort(),
                c.track(),
                Integer.toString(c.trainees().size()),
                Long.toString(c.trainees().size() - behind),
                Long.toString(behind)));
    lines.append('\n');
    if (behind > 0) {
      String names =
          c.trainees().stream()
              .filter(TraineeReadiness::behind)
              .map(TraineeReadiness::traineeName)
              .collect(Collectors.joining(", "));
      lines.append("  ").append(text("digest.behind", names)).append('\n');
    }
    return lines.append('\n').toString();
  }

  private String footer() {
    return text("footer", base);
  }

  private String date(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  private String text(String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), locale).format(arguments);
  }
}
