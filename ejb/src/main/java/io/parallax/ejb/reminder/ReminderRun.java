package io.parallax.ejb.reminder;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.analysis.AnalysisRuns;
import io.parallax.ejb.analysis.ClusterInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The day's reminders for every active school, once per cluster: every instance's timer ({@link
 * ReminderSchedule}) first claims the day's run record through {@link AnalysisRuns} (the lease the
 * nightly snapshots use); the instance that gets it sends, renewing its lease after each school;
 * the others skip. Each school is worked as that school (its own zone, its own records). A mail the
 * SMTP server refuses is counted and logged without its recipient or content; the run is then left
 * unfinished, so once its lease runs out the next ask (on any instance) takes it over and tries
 * again, and what was sent meanwhile is not sent twice ({@link SchoolReminders#deliver}). After
 * {@value #MAX_FAILURES} refusals in a run the run stops asking the SMTP server.
 */
@Stateless
@PermitAll
public class ReminderRun {

  private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());

  static final int MAX_FAILURES = 3;

  /**
   * What a run did: skipped (another instance holds it, or no SMTP), or so many sent and failed.
   */
  public record Outcome(boolean skipped, int schools, int sent, int failed) {}

  @EJB AnalysisRuns runs;
  @EJB SchoolReminders reminders;
  @Inject ReminderMail mail;
  @Inject ReminderSettingsConfig config;

  /** Today's run, unless another instance holds it or it is done; what happened goes to the log. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void today() {
    Outcome outcome = runFor(LocalDate.now());
    if (!outcome.skipped()) {
      LOG.info(
          () ->
              "Reminders: "
                  + outcome.sent()
                  + " sent, "
                  + outcome.failed()
                  + " failed, in "
                  + outcome.schools()
                  + " schools.");
    }
  }

  /**
   * The reminders of {@code day}'s run for every active school, unless another instance runs it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome runFor(LocalDate day) {
    if (!mail.configured()) {
      return new Outcome(true, 0, 0, 0);
    }
    String instance = ClusterInstance.name();
    Optional<UUID> run = runs.claim(runKey(day), instance);
    if (run.isEmpty()) {
      return new Outcome(true, 0, 0, 0);
    }
    int schools = 0;
    int sent = 0;
    int failed = 0;
    for (String school : runs.activeSchools()) {
      if (!runs.renew(run.get(), instance)) {
        LOG.warning("Reminders: another instance took today's run over; stopping.");
        return new Outcome(true, schools, sent, failed);
      }
      Outcome one = forSchool(school, config.digestDay(), MAX_FAILURES - failed);
      schools++;
      sent += one.sent();
      failed += one.failed();
      if (failed >= MAX_FAILURES) {
        LOG.warning("Reminders: the mail server refused " + failed + " reminders; trying later.");
        break;
      }
    }
    if (failed == 0) {
      runs.finish(run.get(), instance, schools, sent);
    }
    return new Outcome(false, schools, sent, failed);
  }

  /**
   * The due reminders of one school, sent until {@code failuresAllowed} were refused. Public for
   * the tests, which send one school's reminders whatever the day's run record says.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome forSchool(String school, DayOfWeek digestDay, int failuresAllowed) {
    int sent = 0;
    int failed = 0;
    List<ReminderLetter> due;
    try {
      due = CurrentSchool.callAs(school, () -> reminders.due(digestDay, true));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminders: no readiness digest in school " + school, e);
      try {
        due = CurrentSchool.callAs(school, () -> reminders.due(digestDay, false));
      } catch (RuntimeException again) {
        LOG.log(Level.WARNING, "Reminders: nothing worked out in school " + school, again);
        return new Outcome(false, 1, 0, 0);
      }
    }
    for (ReminderLetter letter : due) {
      try {
        if (CurrentSchool.callAs(school, () -> reminders.deliver(letter))) {
          sent++;
        }
      } catch (RuntimeException refused) {
        // ReminderNotSent (the SMTP server said no), or the send failed otherwise
        failed++;
        LOG.warning(
            "Reminders: a "
                + letter.kind()
                + " reminder in school "
                + school
                + " was not sent ("
                + refused.getClass().getSimpleName()
                + ")");
        if (failed >= failuresAllowed) {
          break;
        }
      }
    }
    return new Outcome(false, 1, sent, failed);
  }

  /** The run record's key of the reminders of {@code day}. */
  public static String runKey(LocalDate day) {
    return "reminders/" + day;
  }
}
