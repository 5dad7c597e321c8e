package io.parallax.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalysisRunTest {

  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Test
  void aRunIsHeldWhileItsLeaseLastsAndAbandonedAfter() {
    AnalysisRun run = new AnalysisRun("night", "node-1", START, LEASE);

    assertThat(run.abandonedAt(START.plus(LEASE).minusSeconds(1))).isFalse();
    assertThat(run.abandonedAt(START.plus(LEASE).plusSeconds(1))).isTrue();
  }

  @Test
  void renewingMovesTheLeaseOnlyForItsHolder() {
    AnalysisRun run = new AnalysisRun("night", "node-1", START, LEASE);
    Instant later = START.plus(Duration.ofMinutes(4));

    assertThat(run.renew("node-2", later, LEASE)).isFalse();
    assertThat(run.renew("node-1", later, LEASE)).isTrue();
    assertThat(run.leaseUntil()).isEqualTo(later.plus(LEASE));
  }

  @Test
  void anotherInstanceTakesOverOnlyAnAbandonedRunAndTheOldHolderLosesIt() {
    AnalysisRun run = new AnalysisRun("night", "node-1", START, LEASE);
    Instant expired = START.plus(LEASE).plusSeconds(1);

    assertThatThrownBy(() -> run.takeOver("node-2", START.plusSeconds(60), LEASE))
        .isInstanceOf(DomainRuleViolation.class);
    run.takeOver("node-2", expired, LEASE);

    assertThat(run.instanceName()).isEqualTo("node-2");
    assertThat(run.renew("node-1", expired, LEASE)).isFalse();
  }

  @Test
  void aFinishedRunIsNeverAbandoned() {
    AnalysisRun run = new AnalysisRun("night", "node-1", START, LEASE);
    run.finish(START.plusSeconds(30), 3, 9);

    assertThat(run.abandonedAt(START.plus(Duration.ofDays(1)))).isFalse();
  }
}
