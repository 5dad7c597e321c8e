package io.parallax.web.assessment;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.web.Messages;
import io.parallax.web.Words;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The versions of an assessment in words, oldest first: "v1 signed off on 3 Nov 2026 by Sol Test",
 * then "v2 (draft) · focus grade 4 → 3, comment changed". What changed is said with the field's
 * words and, where a value is short and not confidential text, its old and new value; long texts
 * (comment, rationale, stance) are only named. Pure: the words come from {@link Wording}.
 */
public final class VersionHistory {

  /** Where the texts come from: the supervisor bundle's keys, the common words, dates. */
  public interface Wording {
    /** The supervisor bundle's text of {@code key} with its arguments filled in. */
    String text(String key, Object... arguments);

    /** The common bundle's word for a code of a kind ({@code change}, {@code level}, …). */
    String of(String kind, Object code);

    String date(TemporalAccessor date);
  }

  private VersionHistory() {}

  /** The words of the page being rendered: the supervisor bundle, the common words, dates. */
  public static Wording onPage(Words words) {
    return new Wording() {
      @Override
      public String text(String key, Object... arguments) {
        return Messages.text(Messages.SUPERVISOR, key, arguments);
      }

      @Override
      public String of(String kind, Object code) {
        return words.of(kind, code);
      }

      @Override
      public String date(TemporalAccessor date) {
        return words.date(date);
      }
    };
  }

  /** One line per version, oldest first; {@code versions} is oldest first too. */
  public static List<String> lines(List<? extends AssessmentView> versions, Wording words) {
    List<String> lines = new ArrayList<>();
    AssessmentView before = null;
    for (AssessmentView version : versions) {
      String head =
          version.signedOffAt() == null
              ? words.text("history.draft", version.versionNumber())
              : words.text(
                  "history.signedOff",
                  version.versionNumber(),
                  words.date(version.signedOffAt()),
                  version.supervisorName());
      if (before == null) {
        lines.add(head);
      } else {
        List<String> changes = changes(before, version, words);
        lines.add(
            changes.isEmpty()
                ? words.text("history.unchanged", head)
                : words.text("history.changed", head, String.join(", ", changes)));
      }
      before = version;
    }
    return lines;
  }

  /**
   * What {@code next} changed from {@code previous}, one phrase per field it names in its {@code
   * changes} (the domain's field names), e.g. "focus grade 4 → 3" or "comment".
   */
  public static List<String> changes(AssessmentView previous, AssessmentView next, Wording words) {
    List<String> phrases = new ArrayList<>();
    for (String field : next.changes()) {
      String name = words.of("change", field);
      String[] values = values(field, previous, next, words);
      phrases.add(
          values == null || Objects.equals(values[0], values[1])
              ? name
              : words.text("history.fromTo", name, values[0], values[1]));
    }
    return phrases;
  }

  /** The old and new value of a short field in words; null for text that is only named. */
  private static String[] values(
      String field, AssessmentView previous, AssessmentView next, Wording words) {
    if (field.equals("assessedOn")) {
      return new String[] {words.date(previous.assessedOn()), words.date(next.assessedOn())};
    }
    if (previous instanceof ContractingAssessmentView a
        && next instanceof ContractingAssessmentView b) {
      for (ContractingElement element : ContractingElement.values()) {
        if (field.equals(element.name().toLowerCase() + "Grade")) {
          return new String[] {
            String.valueOf(a.grades().get(element)), String.valueOf(b.grades().get(element))
          };
        }
      }
      if (field.equals("evidenceSessions")) {
        return new String[] {
          words.text("history.sessions", a.evidenceSessions().size()),
          words.text("history.sessions", b.evidenceSessions().size())
        };
      }
    }
    if (previous instanceof StageAssessmentView a && next instanceof StageAssessmentView b) {
      return switch (field) {
        case "domain" ->
            new String[] {words.of("domain", a.domain()), words.of("domain", b.domain())};
        case "level" -> new String[] {words.of("level", a.level()), words.of("level", b.level())};
        case "subScores" -> new String[] {subScores(a), subScores(b)};
        default -> null;
      };
    }
    return null;
  }

  private static String subScores(StageAssessmentView stage) {
    return stage.awareness() + "/" + stage.motivation() + "/" + stage.autonomy();
  }
}
