package io.parallax.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuperviseeTimelineTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 15);
  private static final LocalDate FEB = LocalDate.of(2026, 2, 15);

  private static StageAssessmentView stage(LocalDate on, String level, int rank, boolean signed) {
    return new StageAssessmentView(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Ada",
        "Sol",
        on,
        "Integrated Developmental Model",
        DevelopmentDomain.CONTRACTING,
        level,
        rank,
        2,
        4,
        1,
        "Why.",
        null,
        true,
        signed ? Instant.now() : null,
        1,
        null,
        List.of(),
        0);
  }

  private static ContractingAssessmentView grade(LocalDate on, int focus, int rest) {
    return new ContractingAssessmentView(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Ada",
        "Sol",
        on,
        Map.of(
            ContractingElement.FOCUS, focus,
            ContractingElement.OUTCOME, rest,
            ContractingElement.APPROACH, rest,
            ContractingElement.PARTICIPATION, rest),
        List.of(),
        null,
        false,
        null,
        2,
        null,
        List.of("focusGrade"),
        0);
  }

  @Test
  void entriesRunInDateOrderWithWhatEachSays() {
    List<AssessmentView> latestFirst = List.of(grade(FEB, 4, 2), stage(JAN, "1", 1, true));

    SuperviseeTimeline timeline =
        new SuperviseeTimeline(latestFirst, (kind, code) -> kind + ":" + code);

    assertThat(timeline.entries())
        .extracting(SuperviseeTimeline.Entry::on, SuperviseeTimeline.Entry::kind)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(JAN, "STAGE"),
            org.assertj.core.api.Assertions.tuple(FEB, "GRADE"));
    assertThat(timeline.entries().get(0).summary())
        .isEqualTo("level:1 · domain:CONTRACTING (scale:Integrated Developmental Model)");
    assertThat(timeline.entries().get(0).signedOff()).isTrue();
    assertThat(timeline.entries().get(1).summary())
        .startsWith("2.50 · element:FOCUS ")
        .doesNotContain("{")
        .doesNotContain("=");
    assertThat(timeline.entries().get(1).version()).isEqualTo(2);
  }

  @Test
  void theChartHasOnePointPerDateAndGapsWhereASeriesHasNone() {
    SuperviseeTimeline timeline =
        new SuperviseeTimeline(
            List.of(stage(JAN, "1", 1, true), grade(FEB, 5, 3)), (kind, code) -> kind + ":" + code);

    String json = timeline.chartJson("Stage \"rank\"", "Mean grade");

    assertThat(json)
        .contains("\"labels\":[\"2026-01-15\",\"2026-02-15\"]")
        .contains("\"label\":\"Stage \\\"rank\\\"\",\"data\":[1,null]")
        .contains("\"label\":\"Mean grade\",\"data\":[null,3.50]")
        .contains("\"spanGaps\":true");
  }
}
