package io.parallax.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.analysis.ExportFormat;
import io.parallax.domain.analysis.ReportExport;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Program;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An export's stored request and lease survive the database (V23), within its school only. */
class ReportExportPersistenceTest {

  private static H2Schools db;

  @BeforeAll
  static void open() {
    db = H2Schools.open();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void theRequestersViewAndTheLeaseAreStoredInTheExportsSchool() throws Exception {
    UUID trainee = UUID.randomUUID();
    LocalDate today = LocalDate.now();
    Instant asked = Instant.now();
    UUID export =
        db.inSchool(
            "mine",
            em -> {
              Program program = new Program("Coaching", null);
              em.persist(program);
              Cohort cohort = new Cohort(program, "Spring", today.minusMonths(1), null);
              em.persist(cohort);
              ReportExport e =
                  new ReportExport(
                      "subject",
                      cohort,
                      ExportFormat.CSV,
                      Set.of(trainee),
                      today.minusMonths(6),
                      today,
                      asked,
                      "node-a",
                      Duration.ofMinutes(5));
              em.persist(e);
              return e.id();
            });

    ReportExport mine =
        db.inSchool(
            "mine",
            em -> {
              ReportExport found = em.find(ReportExport.class, export);
              found.trainees();
              return found;
            });
    ReportExport yours = db.inSchool("yours", em -> em.find(ReportExport.class, export));

    assertThat(yours).isNull();
    assertThat(mine.trainees()).contains(Set.of(trainee));
    assertThat(mine.periodFrom()).isEqualTo(today.minusMonths(6));
    assertThat(mine.claimedBy()).contains("node-a");
    assertThat(mine.leaseUntil()).isPresent();
    assertThat(mine.abandonedAt(asked.plus(Duration.ofMinutes(6)))).isTrue();
  }
}
