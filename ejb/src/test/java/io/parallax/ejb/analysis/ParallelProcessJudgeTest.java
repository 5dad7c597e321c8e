package io.parallax.ejb.analysis;

import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParallelProcessJudgeTest {

  private final ParallelProcessJudge judge = new ParallelProcessJudge(SignalThresholds.DEFAULTS);
  private final UUID trainee = UUID.randomUUID();

  @Test
  void weakFocusAndOutcomeInBothPlacesWithRescuingAndAnObservationIsLikely() {
    // client: 4 sessions, FOCUS+OUTCOME weak in 3 of 4 (0.75 >= 0.6), rescuing in 2 of 4 (0.5)
    ContractingTally client =
        times(3, ContractingTally.ofSession(ABSENT, PARTIAL, CLEAR, CLEAR))
            .plus(ContractingTally.ofSession(CLEAR, CLEAR, CLEAR, CLEAR));
    // supervision: 2 sessions, FOCUS+OUTCOME weak in both (1.0)
    ContractingTally supervision =
        times(2, ContractingTally.ofSession(PARTIAL, ABSENT, CLEAR, CLEAR));

    ParallelProcessSignal signal =
        judge.judge(new TraineeEvidence(trainee, client, supervision, 2, 1, 1));

    // 2 mirrored elements + over-responsibility + observation = 4 points
    assertThat(signal.mirroredElements())
        .containsExactly(ContractingElement.FOCUS, ContractingElement.OUTCOME);
    assertThat(signal.overResponsibility()).isTrue();
    assertThat(signal.points()).isEqualTo(4);
    assertThat(signal.level()).isEqualTo(SignalLevel.LIKELY);
  }

  @Test
  void oneMirroredElementAndMirroredDriftIsPossible() {
    // APPROACH weak in 3 of 3 client sessions and 2 of 2 supervision; STORYTELLING in all
    ContractingTally client =
        times(3, ContractingTally.ofSession(CLEAR, CLEAR, ABSENT, CLEAR, DriftMarker.STORYTELLING));
    ContractingTally supervision =
        times(
            2, ContractingTally.ofSession(CLEAR, CLEAR, PARTIAL, CLEAR, DriftMarker.STORYTELLING));

    ParallelProcessSignal signal =
        judge.judge(new TraineeEvidence(trainee, client, supervision, 0, 0, 0));

    assertThat(signal.mirroredElements()).containsExactly(ContractingElement.APPROACH);
    assertThat(signal.mirroredDrift()).containsExactly(DriftMarker.STORYTELLING);
    assertThat(signal.points()).isEqualTo(2);
    assertThat(signal.level()).isEqualTo(SignalLevel.POSSIBLE);
  }

  @Test
  void weakWithClientsOnlyIsNone() {
    ContractingTally client = times(5, all(ABSENT));
    ContractingTally supervision = times(3, all(CLEAR));

    ParallelProcessSignal signal =
        judge.judge(new TraineeEvidence(trainee, client, supervision, 5, 0, 0));

    // rescuing with clients but never named in supervision: not mirrored
    assertThat(signal.mirroredElements()).isEmpty();
    assertThat(signal.overResponsibility()).isFalse();
    assertThat(signal.level()).isEqualTo(SignalLevel.NONE);
  }

  @Test
  void tooFewSessionsIsNoneWhateverTheyShow() {
    ParallelProcessSignal signal =
        judge.judge(
            new TraineeEvidence(trainee, times(2, all(ABSENT)), times(5, all(ABSENT)), 2, 5, 5));

    assertThat(signal.enoughSessions()).isFalse();
    assertThat(signal.level()).isEqualTo(SignalLevel.NONE);
  }

  @Test
  void thresholdsAreTheConfiguredOnes() {
    // weak share 0.5 instead of 0.6: 1 of 2 weak is enough
    SignalThresholds lenient = new SignalThresholds(90, 2, 2, 0.5, 0.3, 0.3, 1, 4);
    ContractingTally half = all(ABSENT).plus(all(CLEAR));

    ParallelProcessSignal signal =
        new ParallelProcessJudge(lenient).judge(new TraineeEvidence(trainee, half, half, 0, 0, 0));

    assertThat(signal.mirroredElements()).hasSize(4);
    assertThat(signal.level()).isEqualTo(SignalLevel.LIKELY);
  }

  private static ContractingTally all(ElementRating rating) {
    return ContractingTally.ofSession(rating, rating, rating, rating);
  }

  private static ContractingTally times(int n, ContractingTally one) {
    ContractingTally sum = ContractingTally.EMPTY;
    for (int i = 0; i < n; i++) {
      sum = sum.plus(one);
    }
    return sum;
  }
}
