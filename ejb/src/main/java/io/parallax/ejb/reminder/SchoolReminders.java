package io.parallax.ejb.reminder;

import io.parallax.domain.accreditation.SubmissionStatus;
import io.parallax.domain.reminder.ReminderChoice;
import io.parallax.domain.reminder.ReminderDue;
import io.parallax.domain.reminder.ReminderKind;
import io.parallax.domain.reminder.ReminderPolicy;
import io.parallax.domain.reminder.SentReminder;
import io.parallax.domain.school.CohortStatus;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.PersonStatus;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reminders of the bound school: who is due today in the school's zone ({@link ReminderDue},
 * the school's {@link ReminderPolicy}, each member's {@link ReminderChoice}, what was sent), and
 * the delivery of one reminder in a transaction of its own: the {@link SentReminder} row is written
 * first, then the mail goes out; a mail the SMTP server refuses rolls the row back, so the next run
 * tries again, and a row another node wrote first means the reminder is not sent twice. Active
 * members only. Only the reminder run calls it (no caller; the run binds each school in turn).
 */
@Stateless
@SchoolBound
@PermitAll
public class SchoolReminders {

  /** How far back sent reminders are compared: longer than any period can last. */
  private static final Duration SENT_WINDOW = Duration.ofDays(2L * ReminderPolicy.MAX_DAYS);

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject SchoolCalendar calendar;
  @Inject ReminderMail mail;
  @EJB DigestReadiness digest;

  /**
   * The reminders due today in the bound school that were not sent yet; the readiness digest only
   * if {@code withDigest} (the run asks again without it when reading readiness failed).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<ReminderLetter> due(DayOfWeek digestDay, boolean withDigest) {
    LocalDate today = calendar.today();
    ReminderPolicy policy =
        em.createNamedQuery(ReminderPolicy.OF_SCHOOL, ReminderPolicy.class)
            .getResultStream()
            .findFirst()
            .orElseGet(ReminderPolicy::new);
    Map<UUID, ReminderChoice> choices = new HashMap<>();
    em.createNamedQuery(ReminderChoice.IN_SCHOOL, ReminderChoice.class)
        .getResultStream()
        .forEach(c -> choices.put(c.person().id(), c));
    Set<String> sent = sentKeys();
    List<Person> members =
        em.createNamedQuery(Person.ACTIVE, Person.class)
            .setParameter("active", PersonStatus.ACTIVE)
            .getResultList();
    Map<UUID, LocalDate> lastSessions = lastSessions();
    Map<UUID, Object[]> waiting = waiting();
    List<CohortReadiness> cohorts = null;
    List<ReminderLetter> letters = new ArrayList<>();
    for (Person p : members) {
      ReminderChoice choice = choices.getOrDefault(p.id(), new ReminderChoice(p));
      ReminderWords words = new ReminderWords(choice.language(), mail.baseUrl());
      if (p.has(MemberRole.TRAINEE)) {
        LocalDate last = lastSessions.get(p.id());
        LocalDate since = last != null ? last : joined(p);
        Optional<String> period = ReminderDue.idle(since, today, policy.idleDays());
        if (due(p, choice, ReminderKind.IDLE_TRAINEE, period, sent)) {
          long days = ChronoUnit.DAYS.between(since, today);
          letters.add(
              letter(
                  p,
                  ReminderKind.IDLE_TRAINEE,
                  period,
                  words.idleSubject(),
                  words.idleBody(p.displayName(), last, since, days)));
        }
      }
      if (p.has(MemberRole.SUPERVISOR) && waiting.containsKey(p.id())) {
        Object[] w = waiting.get(p.id());
        LocalDate oldest = day((Instant) w[1]);
        Optional<String> period = ReminderDue.waiting(oldest, today, policy.waitingDays());
        if (due(p, choice, ReminderKind.WAITING_SUBMISSIONS, period, sent)) {
          letters.add(
              letter(
                  p,
                  ReminderKind.WAITING_SUBMISSIONS,
                  period,
                  words.waitingSubject(),
                  words.waitingBody(p.displayName(), ((Number) w[0]).longValue(), oldest)));
        }
      }
      if (withDigest && p.has(MemberRole.SCHOOL_ADMIN)) {
        Optional<String> period = ReminderDue.digest(today, digestDay);
        if (due(p, choice, ReminderKind.READINESS_DIGEST, period, sent)) {
          cohorts = cohorts != null ? cohorts : cohortsWithTrack();
          letters.add(
              letter(
                  p,
                  ReminderKind.READINESS_DIGEST,
                  period,
                  words.digestSubject(),
                  words.digestBody(p.displayName(), cohorts)));
        }
      }
    }
    return letters;
  }

  /**
   * Sends {@code letter} and records it, in a transaction of its own: false if it was sent already
   * (by an earlier run or another node); {@link ReminderNotSent} if the SMTP server refused it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(ReminderLetter letter) {
    Person to = em.find(Person.class, letter.personId());
    if (to == null) {
      return false;
    }
    try {
      em.persist(new SentReminder(to, letter.kind(), letter.period(), Instant.now()));
      em.flush();
    } catch (PersistenceException sentAlready) {
      context.setRollbackOnly();
      return false;
    }
    try {
      mail.send(letter.to(), letter.subject(), letter.body());
      return true;
    } catch (MessagingException refused) {
      throw new ReminderNotSent(refused.getClass().getSimpleName());
    }
  }

  private static boolean due(
      Person p,
      ReminderChoice choice,
      ReminderKind kind,
      Optional<String> period,
      Set<String> sent) {
    return ReminderDue.send(choice.isOn(kind), period.map(k -> key(p.id(), kind, k)), sent);
  }

  private static String key(UUID person, ReminderKind kind, String period) {
    return person + "|" + kind + "|" + period;
  }

  private static ReminderLetter letter(
      Person p, ReminderKind kind, Optional<String> period, String subject, String body) {
    return new ReminderLetter(p.id(), kind, period.orElseThrow(), p.email(), subject, body);
  }

  private Set<String> sentKeys() {
    Set<String> keys = new HashSet<>();
    em.createNamedQuery(SentReminder.KEYS, Object[].class)
        .setParameter("since", Instant.now().minus(SENT_WINDOW))
        .getResultStream()
        .forEach(r -> keys.add(key((UUID) r[0], (ReminderKind) r[1], (String) r[2])));
    return keys;
  }

  /** Each trainee's latest client session's day. */
  private Map<UUID, LocalDate> lastSessions() {
    Map<UUID, LocalDate> last = new HashMap<>();
    em.createQuery(
            "select s.trainee.id, max(s.heldOn) from PracticeSession s"
                + " where s.deletedAt is null group by s.trainee.id",
            Object[].class)
        .getResultStream()
        .forEach(r -> last.put((UUID) r[0], (LocalDate) r[1]));
    return last;
  }

  /** Per supervisor: how many submissions wait for them, and when the oldest was handed in. */
  private Map<UUID, Object[]> waiting() {
    Map<UUID, Object[]> waiting = new HashMap<>();
    em.createQuery(
            "select s.supervisor.id, count(s), min(s.submittedAt) from HourSubmission s"
                + " where s.status = :pending group by s.supervisor.id",
            Object[].class)
        .setParameter("pending", SubmissionStatus.PENDING)
        .getResultStream()
        .forEach(r -> waiting.put((UUID) r[0], new Object[] {r[1], r[2]}));
    return waiting;
  }

  /** The open cohorts whose program leads to a track, with their readiness. */
  private List<CohortReadiness> cohortsWithTrack() {
    List<UUID> ids =
        em.createQuery(
                "select c.id from Cohort c join c.program p where p.track is not null"
                    + " and c.status = :open order by c.startsOn desc, c.name",
                UUID.class)
            .setParameter("open", CohortStatus.OPEN)
            .getResultList();
    return digest.of(ids).stream().filter(c -> c.track() != null).toList();
  }

  /** The day a member joined (else was invited), in the school's zone; null if neither is known. */
  private LocalDate joined(Person p) {
    return p.joinedAt().or(p::invitedAt).map(this::day).orElse(null);
  }

  private LocalDate day(Instant at) {
    ZoneId zone = calendar.zone();
    return at.atZone(zone).toLocalDate();
  }
}
