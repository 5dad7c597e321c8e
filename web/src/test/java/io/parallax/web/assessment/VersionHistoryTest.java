package io.parallax.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The history of a corrected assessment reads in the bundles' words, never in field names. */
class VersionHistoryTest {

  private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 3);
  private static final Instant SIGNED = Instant.parse("2026-11-04T10:00:00Z");

  /** The English bundles, as the page reads them. */
  private static final VersionHistory.Wording ENGLISH =
      new VersionHistory.Wording() {
        private final ResourceBundle supervisor =
            ResourceBundle.getBundle("io.parallax.web.supervisor", Locale.ENGLISH);
        private final ResourceBundle common =
            ResourceBundle.getBundle("io.parallax.web.messages", Locale.ENGLISH);

        @Override
        public String text(String key, Object... arguments) {
          return new MessageFormat(supervisor.getString(key), Locale.ENGLISH).format(arguments);
        }

        @Override
        public String of(String kind, Object code) {
          try {
            return common.getString(kind + "." + code);
          } catch (MissingResourceException missing) {
            return "MISSING " + kind + "." + code;
          }
        }

        @Override
        public String date(TemporalAccessor date) {
          return date instanceof Instant at
              ? at.atOffset(ZoneOffset.UTC).toLocalDate().toString()
              : date.toString();
        }
      };

  @Test
  void aCorrectionListsTheSignedOffVersionAndWhatChangedInWords() {
    UUID first = UUID.randomUUID();
    ContractingAssessmentView v1 = grades(first, 1, null, List.of(), 4, SIGNED, 1);
    ContractingAssessmentView v2 =
        grades(
            UUID.randomUUID(),
            2,
            first,
            List.of("focusGrade", "evidenceSessions", "comment"),
            3,
            null,
            2);

    List<String> lines = VersionHistory.lines(List.of(v1, v2), ENGLISH);

    assertThat(lines)
        .containsExactly(
            "v1 signed off on 2026-11-04 by Sol Test",
            "v2 (draft, not signed off yet): focus grade 4 → 3, evidence cited 1 session → 2"
                + " sessions, comment changed");
    assertThat(String.join(" ", lines)).doesNotContain("Grade", "MISSING", "focusGrade");
  }

  @Test
  void aStageCorrectionNamesLevelAndSubScoresWithTheirValues() {
    UUID first = UUID.randomUUID();
    StageAssessmentView v1 = stage(first, 1, null, List.of(), "2", 3, SIGNED);
    StageAssessmentView v2 =
        stage(
            UUID.randomUUID(),
            2,
            first,
            List.of("level", "subScores", "rationale"),
            "3",
            4,
            SIGNED);

    List<String> changes = VersionHistory.changes(v1, v2, ENGLISH);

    assertThat(changes)
        .containsExactly("level Level 2 → Level 3", "sub-scores 3/4/1 → 4/4/1", "rationale");
  }

  @Test
  void aCorrectionThatChangedNothingAssessedSaysSo() {
    UUID first = UUID.randomUUID();
    StageAssessmentView v1 = stage(first, 1, null, List.of(), "2", 3, SIGNED);
    StageAssessmentView v2 = stage(UUID.randomUUID(), 2, first, List.of(), "2", 3, SIGNED);

    assertThat(VersionHistory.lines(List.of(v1, v2), ENGLISH))
        .last()
        .isEqualTo("v2 signed off on 2026-11-04 by Sol Test: nothing assessed changed");
  }

  private static ContractingAssessmentView grades(
      UUID id,
      int number,
      UUID previous,
      List<String> changes,
      int focus,
      Instant signedOffAt,
      int evidence) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      grades.put(element, 3);
    }
    grades.put(ContractingElement.FOCUS, focus);
    List<UUID> sessions =
        evidence == 1 ? List.of(UUID.randomUUID()) : List.of(UUID.randomUUID(), UUID.randomUUID());
    return new ContractingAssessmentView(
        id,
        UUID.randomUUID(),
        "Ada Test",
        "Sol Test",
        ASSESSED,
        grades,
        sessions,
        "A comment.",
        false,
        signedOffAt,
        number,
        previous,
        changes,
        0);
  }

  private static StageAssessmentView stage(
      UUID id,
      int number,
      UUID previous,
      List<String> changes,
      String level,
      int awareness,
      Instant signedOffAt) {
    return new StageAssessmentView(
        id,
        UUID.randomUUID(),
        "Ada Test",
        "Sol Test",
        ASSESSED,
        "Integrated Developmental Model",
        DevelopmentDomain.CONTRACTING,
        level,
        Integer.parseInt(level),
        awareness,
        4,
        1,
        "Why.",
        null,
        false,
        signedOffAt,
        number,
        previous,
        changes,
        0);
  }
}
