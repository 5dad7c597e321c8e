package io.parallax.ejb.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.MemberState;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.PersonStatus;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.identity.Compensations;
import io.parallax.ejb.identity.DirectoryUnavailable;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.identity.KeycloakDirectory;
import io.parallax.ejb.listing.Columns;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The people of the caller's school. School admins manage them; every member can read themselves; a
 * supervisor reads the trainees assigned to them.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class Members {

  /**
   * The members list's columns: name, e-mail, role (one of the member's), status and state ({@link
   * MemberState#of}'s rule as conditions, an invitation expiring {@code INVITATION_LIFESPAN} after
   * it went out).
   */
  static final Columns MEMBER_COLUMNS =
      Columns.orderedBy("lower(p.displayName)", "p.id")
          .text("name", "p.displayName")
          .text("email", "p.email")
          .memberOf("role", "p.roles", MemberRole.class)
          .choice("status", "p.status", PersonStatus.class)
          .derived(
              "state",
              MemberState.class,
              Members::stateCondition,
              () -> Instant.now().minus(KeycloakDirectory.INVITATION_LIFESPAN));

  /** Assignments by supervisor, trainee and dates; newest first unless sorted. */
  static final Columns ASSIGNMENT_COLUMNS =
      Columns.orderedBy("a.startsOn desc", "a.id")
          .text("supervisor", "s.displayName")
          .text("trainee", "t.displayName")
          .ordered("startsOn", "a.startsOn")
          .ordered("endsOn", "a.endsOn");

  /** Enrolments by cohort, trainee and date; by cohort and trainee unless sorted. */
  static final Columns ENROLMENT_COLUMNS =
      Columns.orderedBy("lower(c.name), lower(t.displayName)", "e.id")
          .text("cohort", "c.name")
          .text("trainee", "t.displayName")
          .ordered("enrolledOn", "e.enrolledOn");

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @Inject Caller caller;
  @Inject KeycloakDirectory directory;
  @Inject Compensations compensations;
  @Inject Joining joining;

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary add(
      String subject, String displayName, String email, Set<MemberRole> roles) {
    Person person = new Person(subject, displayName, email, roles);
    require(
        em.createNamedQuery(Person.BY_SUBJECT, Person.class)
            .setParameter("subject", person.subject())
            .getResultList()
            .isEmpty(),
        "subject",
        "members.subject");
    em.persist(person);
    em.flush();
    return MemberSummary.of(person);
  }

  /**
   * Invites someone into the school: a Keycloak account in the school's organization with the realm
   * roles of {@code roles}, a member row, and the invitation e-mail. All or nothing.
   */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary invite(
      Invitee invitee, Set<MemberRole> roles, LocalDate initialTrainingEndedOn) {
    require(roles != null && !roles.isEmpty(), "roles", "members.roles");
    requireNewAddress(invitee);
    if (initialTrainingEndedOn != null) {
      calendar.requireNotAfterToday(
          initialTrainingEndedOn,
          "initialTrainingEndedOn",
          DomainRuleViolation.phrase("person.initialTrainingEndedOn.what"));
    }
    String school = CurrentSchool.id().orElseThrow();
    String organization =
        directory
            .organizationId(school)
            .orElseThrow(
                () ->
                    new DirectoryUnavailable(
                        "Keycloak has no organization for your school: contact the operator.",
                        null));
    String subject = directory.createMember(organization, invitee, realmRoles(roles));
    compensations.onRollback("account " + invitee.email(), () -> directory.deleteUser(subject));
    Person person = new Person(subject, invitee.displayName(), invitee.email(), roles);
    person.initialTrainingEnded(initialTrainingEndedOn);
    person.invited(Instant.now());
    em.persist(person);
    em.flush();
    directory.sendInvitation(subject);
    return MemberSummary.of(person);
  }

  /** The first school admin of a school being onboarded (the platform admin's only member). */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public MemberSummary addFounder(String subject, Invitee founder) {
    require(
        em.createNamedQuery(Person.ALL, Person.class).setMaxResults(1).getResultList().isEmpty(),
        "school",
        "members.school");
    Person person =
        new Person(
            subject, founder.displayName(), founder.email(), Set.of(MemberRole.SCHOOL_ADMIN));
    person.invited(Instant.now());
    em.persist(person);
    em.flush();
    return MemberSummary.of(person);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public List<MemberSummary> list() {
    List<Person> people = em.createNamedQuery(Person.ALL, Person.class).getResultList();
    if (joining.notice(people)) {
      em.flush();
    }
    return people.stream().map(MemberSummary::of).toList();
  }

  /** One page of the school's members, filtered and sorted by {@link #MEMBER_COLUMNS}. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Slice<MemberSummary> page(Listing listing) {
    Slice<Person> slice = members(listing);
    if (joining.notice(slice.items())) {
      em.flush();
      if (listing.filters().containsKey("state")) {
        slice = members(listing); // who joined just now leaves a list of invitations
        if (joining.notice(slice.items())) {
          em.flush();
        }
      }
    }
    return slice.map(MemberSummary::of);
  }

  private Slice<Person> members(Listing listing) {
    return MEMBER_COLUMNS.slice(
        em, "select p from Person p", "select count(p) from Person p", Person.class, listing);
  }

  /** Members in {@code state}, with {@code :at} the moment before which invitations expired. */
  static String stateCondition(MemberState state) {
    String active = "p.status = " + PersonStatus.class.getName() + ".ACTIVE";
    return switch (state) {
      case INVITED -> active + " and p.joinedAt is null and p.invitedAt > :at";
      case INVITATION_EXPIRED -> active + " and p.joinedAt is null and p.invitedAt <= :at";
      case ACTIVE -> active + " and (p.joinedAt is not null or p.invitedAt is null)";
      case DEACTIVATED -> "p.status = " + PersonStatus.class.getName() + ".DEACTIVATED";
    };
  }

  /** The member leaves: their records stay readable, nothing new is recorded for them. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary deactivate(UUID personId, long versionRead) {
    Person person = find(personId);
    require(!person.subject().equals(caller.subject()), "id", "members.id");
    person.requireVersion(versionRead);
    person.deactivate();
    em.flush();
    directory.setEnabled(person.subject(), false);
    compensations.onRollback(
        "disabling " + person.email(), () -> directory.setEnabled(person.subject(), true));
    return MemberSummary.of(person);
  }

  /** A deactivated member comes back: their account is enabled again. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary reactivate(UUID personId, long versionRead) {
    Person person = find(personId);
    person.requireVersion(versionRead);
    person.reactivate();
    em.flush();
    directory.setEnabled(person.subject(), true);
    compensations.onRollback(
        "enabling " + person.email(), () -> directory.setEnabled(person.subject(), false));
    return MemberSummary.of(person);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public UUID assignSupervisor(UUID supervisorId, UUID traineeId, LocalDate from, LocalDate to) {
    require(supervisorId != null, "supervisor", "members.supervisor");
    require(traineeId != null, "trainee", "members.trainee");
    SupervisorAssignment assignment =
        new SupervisorAssignment(find(supervisorId), find(traineeId), from, to);
    em.persist(assignment);
    return assignment.id();
  }

  /** Enrols a trainee into an open cohort of the school, once. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public UUID enrol(UUID cohortId, UUID traineeId, LocalDate enrolledOn) {
    require(cohortId != null, "cohort", "members.cohort");
    require(traineeId != null, "trainee", "members.trainee.2");
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new NoSuchRecord("cohort");
    }
    Person trainee = find(traineeId);
    require(
        em.createNamedQuery(Enrolment.OF_COHORT_AND_TRAINEE, Enrolment.class)
            .setParameter("cohort", cohort)
            .setParameter("trainee", trainee)
            .getResultList()
            .isEmpty(),
        "trainee",
        "members.trainee.3",
        trainee.displayName(),
        cohort.name());
    Enrolment enrolment = new Enrolment(cohort, trainee, enrolledOn);
    em.persist(enrolment);
    return enrolment.id();
  }

  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public MemberSummary me() {
    Person me = caller.requireMember();
    if (me.awaitsJoining()) {
      // whoever calls has signed in, so has followed their invitation
      me.joined(Instant.now());
      em.flush();
    }
    return MemberSummary.of(me);
  }

  /** The trainees assigned to the calling supervisor on {@code date}. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<MemberSummary> supervisees(LocalDate date) {
    return em.createNamedQuery(SupervisorAssignment.OF_SUPERVISOR_ON, Person.class)
        .setParameter("supervisor", caller.requireMember())
        .setParameter("date", date)
        .getResultStream()
        .map(MemberSummary::of)
        .toList();
  }

  private void requireNewAddress(Invitee invitee) {
    require(
        em.createQuery("select count(p) from Person p where p.email = :email", Long.class)
                .setParameter("email", invitee.email())
                .getSingleResult()
            == 0,
        "email",
        "members.email",
        invitee.email());
  }

  static List<String> realmRoles(Set<MemberRole> roles) {
    return roles.stream()
        .map(
            role ->
                switch (role) {
                  case SCHOOL_ADMIN -> Roles.SCHOOL_ADMIN;
                  case SUPERVISOR -> Roles.SUPERVISOR;
                  case TRAINEE -> Roles.TRAINEE;
                })
        .toList();
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary read(UUID personId) {
    Person person = find(personId);
    if (joining.notice(person)) {
      em.flush();
    }
    return MemberSummary.of(person);
  }

  /** One page of the school's supervisor assignments ({@link #ASSIGNMENT_COLUMNS}). */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Slice<AssignmentSummary> assignmentPage(Listing listing) {
    return ASSIGNMENT_COLUMNS
        .slice(
            em,
            "select a from SupervisorAssignment a join fetch a.supervisor s join fetch a.trainee t",
            "select count(a) from SupervisorAssignment a join a.supervisor s join a.trainee t",
            SupervisorAssignment.class,
            listing)
        .map(AssignmentSummary::of);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public AssignmentSummary assignment(UUID assignmentId) {
    return AssignmentSummary.of(findAssignment(assignmentId));
  }

  /** Ends an assignment on {@code endsOn} (the supervisor keeps what they recorded until then). */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public AssignmentSummary endAssignment(UUID assignmentId, long versionRead, LocalDate endsOn) {
    SupervisorAssignment assignment = findAssignment(assignmentId);
    assignment.requireVersion(versionRead);
    assignment.endOn(endsOn);
    em.flush();
    return AssignmentSummary.of(assignment);
  }

  /** One page of the school's enrolments ({@link #ENROLMENT_COLUMNS}). */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Slice<EnrolmentSummary> enrolmentPage(Listing listing) {
    return ENROLMENT_COLUMNS
        .slice(
            em,
            "select e from Enrolment e join fetch e.cohort c join fetch e.trainee t",
            "select count(e) from Enrolment e join e.cohort c join e.trainee t",
            Enrolment.class,
            listing)
        .map(EnrolmentSummary::of);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public EnrolmentSummary enrolment(UUID enrolmentId) {
    Enrolment enrolment = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
    if (enrolment == null) {
      throw new NoSuchRecord("enrolment");
    }
    return EnrolmentSummary.of(enrolment);
  }

  private SupervisorAssignment findAssignment(UUID assignmentId) {
    SupervisorAssignment assignment =
        assignmentId == null ? null : em.find(SupervisorAssignment.class, assignmentId);
    if (assignment == null) {
      throw new NoSuchRecord("assignment");
    }
    return assignment;
  }

  private Person find(UUID personId) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null) {
      throw new NoSuchRecord("member");
    }
    return person;
  }
}
