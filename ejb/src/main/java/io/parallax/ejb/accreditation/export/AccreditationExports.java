package io.parallax.ejb.accreditation.export;

import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.SubmissionStatus;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.school.Person;
import io.parallax.ejb.accreditation.AccreditationReadiness;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.accreditation.HourSubmissions;
import io.parallax.ejb.accreditation.TraineeHours;
import io.parallax.ejb.accreditation.TraineeReadiness;
import io.parallax.ejb.accreditation.export.AccreditationFile.Format;
import io.parallax.ejb.audit.AuditTrail;
import io.parallax.ejb.practice.TraineeProgress;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The accreditation exports: a trainee's own ICF client coaching log (XLSX, CSV) and portfolio
 * summary (PDF), and a cohort's readiness for its school admin (XLSX, CSV). Each download is
 * audited as an export of the member records it covers (the trainee's own; each trainee of the
 * cohort), like the member's data download. Only the trainee downloads their log and summary (a
 * supervisor reads the periods submitted to them on their own page); only school admins the
 * cohort's readiness; another school's cohort does not exist for them.
 *
 * <p>One trainee's client sessions, mentor coaching, CPD and supervision come back as small tuples
 * (day, minutes, basis, client code, group size; never a reflection or note): the log groups them
 * by client and by approval state, which depends on the trainee's submitted periods.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class AccreditationExports {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject SchoolCalendar calendar;
  @Inject AuditTrail audit;
  @EJB AccreditationReadiness readiness;
  @EJB HourSubmissions submissions;
  @EJB TraineeProgress progress;

  /** The caller's ICF client coaching log in {@code locale}. */
  @RolesAllowed(Roles.TRAINEE)
  public AccreditationFile icfCoachingLog(Format format, Locale locale) {
    Person me = caller.requireMember();
    IcfLogDocument.Data data =
        new IcfLogDocument.Data(
            me.displayName(), calendar.today(), locale, IcfCoachingLog.of(clientSessions(me)));
    audit.record(AuditAction.EXPORT, me);
    return format == Format.CSV
        ? new AccreditationFile(
            IcfLogDocument.fileName(data, "csv"), AccreditationFile.CSV, IcfLogDocument.csv(data))
        : new AccreditationFile(
            IcfLogDocument.fileName(data, "xlsx"),
            AccreditationFile.XLSX,
            IcfLogDocument.xlsx(data));
  }

  /** The caller's portfolio summary as PDF in {@code locale}. */
  @RolesAllowed(Roles.TRAINEE)
  public AccreditationFile portfolioSummary(Locale locale) {
    Person me = caller.requireMember();
    LocalDate today = calendar.today();
    TraineeReadiness mine = readiness.mine();
    List<HourEntry> entries = new ArrayList<>(clientSessions(me));
    entries.addAll(otherEntries(me));
    List<PortfolioDocument.Approval> approvals =
        submissions.mine().stream()
            .filter(s -> s.status() == SubmissionStatus.APPROVED)
            .map(
                s ->
                    new PortfolioDocument.Approval(
                        s.from(),
                        s.to(),
                        s.supervisorName(),
                        s.decidedAt() == null
                            ? null
                            : s.decidedAt().atZone(calendar.zone()).toLocalDate(),
                        s.clientHours()))
            .sorted(Comparator.comparing(PortfolioDocument.Approval::from))
            .toList();
    PortfolioDocument.Data data =
        new PortfolioDocument.Data(
            progress.heading().schoolName(),
            me.displayName(),
            ZonedDateTime.now(calendar.zone()),
            today,
            locale,
            mine,
            me.initialTrainingEndedOn().orElse(null),
            entries,
            approvals);
    audit.record(AuditAction.EXPORT, me);
    return new AccreditationFile(
        PortfolioDocument.fileName(data), AccreditationFile.PDF, PortfolioDocument.pdf(data));
  }

  /** The readiness of cohort {@code cohortId} (school admins), as the readiness page shows it. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public AccreditationFile cohortReadiness(UUID cohortId, Format format, Locale locale) {
    CohortReadiness cohort = readiness.cohort(cohortId);
    CohortReadinessDocument.Data data =
        new CohortReadinessDocument.Data(cohort, calendar.today(), locale);
    for (TraineeReadiness t : cohort.trainees()) {
      Person trainee = em.find(Person.class, t.traineeId());
      if (trainee != null) {
        audit.record(AuditAction.EXPORT, trainee);
      }
    }
    return format == Format.CSV
        ? new AccreditationFile(
            CohortReadinessDocument.fileName(data, "csv"),
            AccreditationFile.CSV,
            CohortReadinessDocument.csv(data))
        : new AccreditationFile(
            CohortReadinessDocument.fileName(data, "xlsx"),
            AccreditationFile.XLSX,
            CohortReadinessDocument.xlsx(data));
  }

  /** {@code trainee}'s client sessions, the client by code, each with its approval state. */
  List<HourEntry> clientSessions(Person trainee) {
    return TraineeHours.clientSessions(em, trainee, TraineeHours.periods(em, trainee));
  }

  /** {@code trainee}'s supervision, mentor coaching and CPD, counted as readiness counts them. */
  List<HourEntry> otherEntries(Person trainee) {
    return TraineeHours.besideClientSessions(em, trainee, TraineeHours.periods(em, trainee));
  }
}
