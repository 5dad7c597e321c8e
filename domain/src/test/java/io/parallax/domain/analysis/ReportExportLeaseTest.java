package io.parallax.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Program;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The export queue's claim rules: one producer at a time, another one only after it died. */
class ReportExportLeaseTest {

  private static final Instant ASKED = Instant.parse("2026-03-02T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void theAskedInstanceHoldsTheExportFromTheStart() {
    ReportExport export = asked(null);

    assertThat(export.claimedBy()).contains("node-a");
    assertThat(export.leaseUntil()).contains(ASKED.plus(LEASE));
    assertThat(export.abandonedAt(ASKED.plus(LEASE).minusSeconds(1))).isFalse();
    assertThat(export.claim("node-a", ASKED.plusSeconds(1), LEASE)).isTrue();
    assertThat(export.status()).isEqualTo(ExportStatus.RUNNING);
  }

  @Test
  void anotherInstanceClaimsOnlyOnceTheLeaseRanOut() {
    ReportExport export = asked(null);

    assertThat(export.claim("node-b", ASKED.plus(LEASE).minusSeconds(1), LEASE)).isFalse();
    assertThat(export.claimedBy()).contains("node-a");

    Instant expired = ASKED.plus(LEASE).plusSeconds(1);
    assertThat(export.abandonedAt(expired)).isTrue();
    assertThat(export.claim("node-b", expired, LEASE)).isTrue();
    assertThat(export.claimedBy()).contains("node-b");
    assertThat(export.leaseUntil()).contains(expired.plus(LEASE));
  }

  @Test
  void theOldHolderLosesATakenOverExportAndCannotFinishIt() {
    ReportExport export = asked(null);
    Instant expired = ASKED.plus(LEASE).plusSeconds(1);
    export.claim("node-b", expired, LEASE);

    assertThat(export.advance("node-a", 50, expired.plusSeconds(1), LEASE)).isFalse();
    assertThat(export.progress()).isZero();
    assertThat(export.producedBy("node-a")).isFalse();
    assertThat(export.advance("node-b", 50, expired.plusSeconds(1), LEASE)).isTrue();
    assertThat(export.progress()).isEqualTo(50);
    assertThat(export.leaseUntil()).contains(expired.plusSeconds(1).plus(LEASE));
  }

  @Test
  void renewingKeepsALiveProducerAndADoneExportIsNeverClaimed() {
    ReportExport export = asked(null);
    Instant later = ASKED.plus(Duration.ofMinutes(4));
    assertThat(export.advance("node-a", 30, later, LEASE)).isTrue();
    assertThat(export.abandonedAt(ASKED.plus(LEASE).plusSeconds(1))).isFalse();

    export.finish("cohort-report.csv", new byte[] {1}, later);
    Instant muchLater = later.plus(Duration.ofHours(1));
    assertThat(export.abandonedAt(muchLater)).isFalse();
    assertThat(export.claim("node-b", muchLater, LEASE)).isFalse();
    assertThat(export.advance("node-a", 40, muchLater, LEASE)).isFalse();
    assertThat(export.status()).isEqualTo(ExportStatus.READY);
  }

  @Test
  void theRequestersViewIsKeptWithTheExport() {
    UUID trainee = UUID.randomUUID();

    assertThat(asked(Set.of(trainee)).trainees()).contains(Set.of(trainee));
    assertThat(asked(null).trainees()).isEmpty();
    assertThat(asked(null).periodFrom()).isEqualTo(TODAY.minusMonths(6));
  }

  @Test
  void aLeaseNamesItsHolderAndLastsSomeTime() {
    assertThatThrownBy(() -> ProductionLease.heldBy(" ", ASKED, LEASE))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> ProductionLease.heldBy("node-a", ASKED, Duration.ZERO))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(
            () ->
                new ReportExport(
                    "subject",
                    cohort(),
                    ExportFormat.CSV,
                    null,
                    TODAY,
                    TODAY.minusDays(1),
                    ASKED,
                    "node-a",
                    LEASE))
        .isInstanceOf(DomainRuleViolation.class);
  }

  private static ReportExport asked(Set<UUID> trainees) {
    return new ReportExport(
        "subject",
        cohort(),
        ExportFormat.CSV,
        trainees,
        TODAY.minusMonths(6),
        TODAY,
        ASKED,
        "node-a",
        LEASE);
  }

  private static Cohort cohort() {
    return new Cohort(new Program("Coaching", null), "Spring", TODAY.minusMonths(1), null);
  }
}
