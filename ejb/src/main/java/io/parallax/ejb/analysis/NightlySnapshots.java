package io.parallax.ejb.analysis;

import io.parallax.domain.tenancy.CurrentSchool;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes every school's cohort snapshots each night ({@link NightlySchedule}). Every instance of a
 * cluster has the timer (non-persistent: no timer store to share), and each first claims the run
 * record of the night ({@link AnalysisRuns}): the one that gets it does the work, the others find
 * it held and skip. The holder renews its lease after each school; when it dies mid-run, the lease
 * runs out and the next instance whose timer fires takes the night over (a cohort that already has
 * its snapshot of the day is skipped, so the taker continues where the dead instance stopped). Each
 * school's snapshots are taken in a transaction of their own, bound to that school, so one school's
 * failure leaves the others' snapshots in place.
 */
@Stateless
@PermitAll
public class NightlySnapshots {

  private static final Logger LOG = Logger.getLogger(NightlySnapshots.class.getName());

  /** What a run did: skipped (another instance holds the run), or took so many snapshots. */
  public record Outcome(boolean skipped, int schools, int snapshots) {}

  @EJB AnalysisRuns runs;
  @EJB CohortSnapshots snapshots;

  /**
   * Tonight's run, unless another instance holds it or it is done; what happened goes to the log.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tonight() {
    Outcome outcome = runFor(LocalDate.now());
    if (!outcome.skipped()) {
      LOG.info(
          () ->
              "Cohort snapshots: "
                  + outcome.snapshots()
                  + " in "
                  + outcome.schools()
                  + " schools.");
    }
  }

  /** The snapshots of {@code day} for every active school, unless another instance runs them. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome runFor(LocalDate day) {
    String instance = ClusterInstance.name();
    Optional<UUID> run = runs.claim(runKey(day), instance);
    if (run.isEmpty()) {
      return new Outcome(true, 0, 0);
    }
    int schools = 0;
    int taken = 0;
    for (String school : runs.activeSchools()) {
      if (!runs.renew(run.get(), instance)) {
        LOG.warning("Cohort snapshots: another instance took tonight's run over; stopping.");
        return new Outcome(true, schools, taken);
      }
      try {
        taken += CurrentSchool.callAs(school, () -> snapshots.take(day));
        schools++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Cohort snapshots failed for school " + school, e);
      }
    }
    runs.finish(run.get(), instance, schools, taken);
    return new Outcome(false, schools, taken);
  }

  /** The run record's key of the snapshots of {@code day}. */
  public static String runKey(LocalDate day) {
    return "cohort-snapshots/" + day;
  }
}
