package io.parallax.ejb.accreditation;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.accreditation.CpdEntry;
import io.parallax.domain.accreditation.MentorCoaching;
import io.parallax.domain.school.Person;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trainee's own log of the hours that count beside their client sessions: the mentor coaching
 * they received and their CPD. Only the trainee reads and writes it; another trainee's entries, and
 * another school's, do not exist for them. An entry on a day of a waiting or approved period is
 * locked ({@link ApprovalLocks}).
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.TRAINEE)
@RolesAllowed(Roles.TRAINEE)
public class HourLog {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject SchoolCalendar calendar;
  @Inject ApprovalLocks locks;

  public List<MentorCoachingView> mentorCoaching() {
    return em.createNamedQuery(MentorCoaching.OF_TRAINEE, MentorCoaching.class)
        .setParameter("trainee", caller.requireMember())
        .getResultStream()
        .map(MentorCoachingView::of)
        .toList();
  }

  public MentorCoachingView addMentorCoaching(
      String mentorName, LocalDate heldOn, int minutes, boolean oneToOne) {
    notAfterToday(heldOn, "mentorCoaching.heldOn.what");
    locks.requireOpen(caller.requireMember(), heldOn);
    MentorCoaching m =
        new MentorCoaching(caller.requireMember(), mentorName, heldOn, minutes, oneToOne);
    em.persist(m);
    em.flush();
    return MentorCoachingView.of(m);
  }

  public MentorCoachingView reviseMentorCoaching(
      UUID id,
      long versionRead,
      String mentorName,
      LocalDate heldOn,
      int minutes,
      boolean oneToOne) {
    MentorCoaching m = mine(MentorCoaching.class, id, "mentorcoaching");
    m.requireVersion(versionRead);
    notAfterToday(heldOn, "mentorCoaching.heldOn.what");
    locks.requireOpen(m.trainee(), m.heldOn(), heldOn);
    m.edit(mentorName, heldOn, minutes, oneToOne);
    em.flush();
    return MentorCoachingView.of(m);
  }

  public void removeMentorCoaching(UUID id, long versionRead) {
    MentorCoaching m = mine(MentorCoaching.class, id, "mentorcoaching");
    m.requireVersion(versionRead);
    locks.requireOpen(m.trainee(), m.heldOn());
    em.remove(m);
  }

  public List<CpdEntryView> cpd() {
    return em.createNamedQuery(CpdEntry.OF_TRAINEE, CpdEntry.class)
        .setParameter("trainee", caller.requireMember())
        .getResultStream()
        .map(CpdEntryView::of)
        .toList();
  }

  public CpdEntryView addCpd(LocalDate heldOn, int minutes, String title) {
    notAfterToday(heldOn, "cpdEntry.heldOn.what");
    locks.requireOpen(caller.requireMember(), heldOn);
    CpdEntry c = new CpdEntry(caller.requireMember(), heldOn, minutes, title);
    em.persist(c);
    em.flush();
    return CpdEntryView.of(c);
  }

  public CpdEntryView reviseCpd(
      UUID id, long versionRead, LocalDate heldOn, int minutes, String title) {
    CpdEntry c = mine(CpdEntry.class, id, "cpdentry");
    c.requireVersion(versionRead);
    notAfterToday(heldOn, "cpdEntry.heldOn.what");
    locks.requireOpen(c.trainee(), c.heldOn(), heldOn);
    c.edit(heldOn, minutes, title);
    em.flush();
    return CpdEntryView.of(c);
  }

  public void removeCpd(UUID id, long versionRead) {
    CpdEntry c = mine(CpdEntry.class, id, "cpdentry");
    c.requireVersion(versionRead);
    locks.requireOpen(c.trainee(), c.heldOn());
    em.remove(c);
  }

  /** Refuses a day after today in the school's own time zone (the domain allows any zone's). */
  private void notAfterToday(LocalDate day, String what) {
    calendar.requireNotAfterToday(day, "heldOn", DomainRuleViolation.phrase(what));
  }

  private <T> T mine(Class<T> type, UUID id, String what) {
    T entry = id == null ? null : em.find(type, id);
    Person me = caller.requireMember();
    Person owner =
        entry instanceof MentorCoaching m
            ? m.trainee()
            : entry instanceof CpdEntry c ? c.trainee() : null;
    if (owner == null || !owner.id().equals(me.id())) {
      throw new NoSuchRecord(what);
    }
    return entry;
  }
}
