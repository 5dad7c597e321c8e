package io.parallax.ejb.accreditation.export;

import static io.parallax.domain.accreditation.HourStatus.APPROVED;
import static io.parallax.domain.accreditation.HourStatus.NOT_SUBMITTED;
import static io.parallax.domain.accreditation.HourStatus.SUBMITTED;
import static io.parallax.domain.practice.PaymentBasis.PAID;
import static io.parallax.domain.practice.PaymentBasis.PRO_BONO;

import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourStatus;
import io.parallax.domain.practice.PaymentBasis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The hand-worked client sessions of the export tests (today 2026-11-29):
 *
 * <pre>
 * A-1 individual, approved: 03-02 60' paid, 05-10 45' paid, 06-01 30' pro bono
 *     -> 2026-03-02..06-01, 3 sessions, paid 105' = 1.75 h, pro bono 0.50 h, total 2.25 h
 * A-1 group, approved: 04-01 90' paid (4 in the group), 04-15 60' pro bono (6)
 *     -> 2026-04-01..04-15, 2 sessions, 6 in the group, paid 1.50 h, pro bono 1.00 h
 * b-2 individual, approved: 02-01 50' pro bono -> 0.83 h
 * approved total: 6 sessions, 02-01..06-01, paid 195' = 3.25 h, pro bono 140' = 2.33 h,
 *     total 335' = 5.58 h, clients 6 (A-1's largest group) + 1 = 7
 * A-1 individual, waiting: 11-20 60' paid -> 1.00 h
 * C-3 individual, not submitted: 11-25 20' paid -> 0.33 h
 * </pre>
 *
 * plus mentor coaching, CPD and supervision, which the log leaves out.
 */
final class Samples {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private Samples() {}

  static List<HourEntry> entries() {
    return List.of(
        session("2026-03-02", 60, PAID, "A-1", 1, APPROVED),
        session("2026-05-10", 45, PAID, "A-1", 1, APPROVED),
        session("2026-06-01", 30, PRO_BONO, "A-1", 1, APPROVED),
        session("2026-04-01", 90, PAID, "A-1", 4, APPROVED),
        session("2026-04-15", 60, PRO_BONO, "A-1", 6, APPROVED),
        session("2026-02-01", 50, PRO_BONO, "b-2", 1, APPROVED),
        session("2026-11-20", 60, PAID, "A-1", 1, SUBMITTED),
        session("2026-11-25", 20, PAID, "C-3", 1, NOT_SUBMITTED),
        HourEntry.mentorCoaching(day("2026-05-01"), 120, true),
        HourEntry.mentorCoaching(day("2026-09-01"), 90, false),
        HourEntry.mentorCoaching(day("2026-11-21"), 60, true).withStatus(SUBMITTED),
        HourEntry.cpd(day("2025-10-01"), 180),
        HourEntry.cpd(day("2026-03-15"), 240),
        HourEntry.supervision(day("2026-10-01"), 60),
        HourEntry.supervision(day("2026-11-10"), 90),
        HourEntry.supervision(day("2026-04-10"), 60));
  }

  static HourEntry session(
      String on, int minutes, PaymentBasis basis, String code, int groupSize, HourStatus status) {
    return HourEntry.clientSession(day(on), minutes, basis, code, groupSize).withStatus(status);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** Keeps {@code content} under target/accreditation-exports to look at. */
  static void save(String name, byte[] content) {
    try {
      Path dir = Path.of("target", "accreditation-exports");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
