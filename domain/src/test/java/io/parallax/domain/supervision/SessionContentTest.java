package io.parallax.domain.supervision;

import static io.parallax.domain.supervision.SupervisionSessionTest.fieldIs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.assessment.RecordIds;
import io.parallax.domain.contracting.DriftMarker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a supervisor records about the content of a supervision session. */
class SessionContentTest {

  private final SupervisionSession session =
      SupervisionExamples.session(SupervisionExamples.assignment());

  @Test
  void marksDriftAndTheModesVisited() {
    session.markDrift(Set.of(DriftMarker.STORYTELLING));
    session.visit(Set.of(SevenEyedMode.CLIENT, SevenEyedMode.PARALLEL_PROCESS));

    assertThat(session.driftMarkers()).containsExactly(DriftMarker.STORYTELLING);
    assertThat(session.sevenEyedModes())
        .containsExactlyInAnyOrder(SevenEyedMode.CLIENT, SevenEyedMode.PARALLEL_PROCESS);

    session.markDrift(null);
    session.visit(Set.of());

    assertThat(session.driftMarkers()).isEmpty();
    assertThat(session.sevenEyedModes()).isEmpty();
  }

  @Test
  void namesCoreIssuesByTheirCodesOnce() {
    session.nameCoreIssues(List.of(" OVER_RESPONSIBILITY ", "CONTRACTING", "CONTRACTING"));

    assertThat(session.coreIssues()).containsExactly("CONTRACTING", "OVER_RESPONSIBILITY");
    assertThat(session.named("CONTRACTING")).isTrue();
    assertThat(session.named("ETHICS")).isFalse();

    session.nameCoreIssues(null);

    assertThat(session.coreIssues()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "C", "contracting", "OVER RESPONSIBILITY", "1ST", "A,B", "_X"})
  void refusesWhatIsNotACoreIssueCode(String code) {
    assertThatThrownBy(() -> session.nameCoreIssues(List.of("ETHICS", code)))
        .satisfies(fieldIs("coreIssues"));
    assertThat(session.coreIssues()).isEmpty();
  }

  @Test
  void namesAsManyCoreIssuesAsTheirColumnHolds() {
    List<String> tooMany =
        IntStream.range(0, 15).mapToObj(i -> "CORE_ISSUE_WITH_A_LONG_CODE_" + i).toList();

    assertThatThrownBy(() -> session.nameCoreIssues(tooMany))
        .satisfies(fieldIs("coreIssues"))
        .hasMessageContaining("400 characters");
  }

  @Test
  void observesAParallelProcessWithItsDirection() {
    ParallelProcessObservation upward =
        ParallelProcessObservation.of(
            " Coach asks me to solve it, as her client asks her ",
            ParallelProcessDirection.UPWARD,
            true);

    session.observe(upward);

    assertThat(session.parallelProcess()).containsSame(upward);
    assertThat(upward.dynamic()).isEqualTo("Coach asks me to solve it, as her client asks her");
    assertThat(upward.direction()).isEqualTo(ParallelProcessDirection.UPWARD);
    assertThat(upward.namedInSession()).isTrue();

    session.observe(null);

    assertThat(session.parallelProcess()).isEmpty();
  }

  @Test
  void anObservationNeedsItsDynamicAndDirection() {
    assertThatThrownBy(() -> ParallelProcessObservation.of("Rescuing", null, false))
        .satisfies(fieldIs("parallelProcessDirection"))
        .hasMessageContaining("UPWARD");
    assertThatThrownBy(
            () -> ParallelProcessObservation.of(" ", ParallelProcessDirection.DOWNWARD, false))
        .satisfies(fieldIs("parallelProcessDynamic"));
    assertThatThrownBy(
            () ->
                ParallelProcessObservation.of(
                    "x".repeat(501), ParallelProcessDirection.DOWNWARD, false))
        .satisfies(fieldIs("parallelProcessDynamic"));
  }

  @Test
  void discussesCasesOnceEachInTheirOrder() {
    UUID client = UUID.randomUUID();
    UUID practiceSession = UUID.randomUUID();

    session.discussCases(List.of(practiceSession, client, practiceSession));

    assertThat(session.casesDiscussed()).containsExactly(practiceSession, client);

    session.discussCases(null);

    assertThat(session.casesDiscussed()).isEmpty();
  }

  @Test
  void refusesAMissingCaseAndMoreThanItsColumnHolds() {
    List<UUID> withAGap = Arrays.asList(UUID.randomUUID(), null);
    List<UUID> tooMany = new ArrayList<>();
    IntStream.rangeClosed(0, RecordIds.MAX).forEach(i -> tooMany.add(UUID.randomUUID()));

    assertThatThrownBy(() -> session.discussCases(withAGap)).satisfies(fieldIs("casesDiscussed"));
    assertThatThrownBy(() -> session.discussCases(tooMany))
        .satisfies(fieldIs("casesDiscussed"))
        .hasMessage("Link at most 50 cases discussed (these are 51).");
  }

  @Test
  void keepsConfidentialNotesWithinTheirLength() {
    session.writeNotes("  Coach felt she had to fix it.  ");

    assertThat(session.notes()).contains("Coach felt she had to fix it.");
    assertThatThrownBy(() -> session.writeNotes("x".repeat(4001))).satisfies(fieldIs("notes"));

    session.writeNotes(" ");

    assertThat(session.notes()).isEmpty();
  }
}
