package io.parallax.domain.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member of a school: school admin, supervisor or trainee coach, known to Keycloak by its
 * subject. A person belongs to exactly one school. The date their initial coach training ended
 * places a trainee on the early-career curve (coaches recently out of initial training meet more
 * contracting challenges).
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_SUBJECT, query = "select p from Person p where p.subject = :subject")
@NamedQuery(name = Person.ALL, query = "select p from Person p order by p.displayName")
@NamedQuery(
    name = Person.ACTIVE,
    query =
        "select p from Person p where p.status = :active and p.erasedAt is null"
            + " order by p.displayName")
public class Person extends SchoolOwned {

  /** The member of the current school with a Keycloak {@code subject}. */
  public static final String BY_SUBJECT = "Person.bySubject";

  /** The current school's members by name. */
  public static final String ALL = "Person.all";

  /** The current school's active members, erased ones left out, by name; {@code :active}. */
  public static final String ACTIVE = "Person.active";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Column(nullable = false, length = 64)
  private String subject;

  @Column(name = "display_name", nullable = false, length = Text.NAME_LENGTH)
  private String displayName;

  @Column(nullable = false, length = 254)
  private String email;

  @Convert(converter = MemberRolesColumn.class)
  @Column(nullable = false, length = 64)
  private Set<MemberRole> roles;

  @Column(name = "initial_training_ended_on")
  private LocalDate initialTrainingEndedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PersonStatus status;

  /** When the last invitation e-mail went out; null for an account that predates invitations. */
  @Column(name = "invited_at")
  private Instant invitedAt;

  /** When the member was first seen to have followed the invitation (set a password). */
  @Column(name = "joined_at")
  private Instant joinedAt;

  protected Person() {}

  public Person(String subject, String displayName, String email, Set<MemberRole> roles) {
    this.subject = Text.required(subject, 64, "subject", "person.rule.missing");
    this.displayName = Text.personName(displayName, "displayName", "person.displayName.missing");
    String address = Text.required(email, 254, "email", "person.rule.missing.2");
    require(EMAIL.matcher(address).matches(), "email", "person.email", address);
    this.email = address.toLowerCase();
    require(roles != null && !roles.isEmpty(), "roles", "person.roles");
    this.roles = EnumSet.copyOf(roles);
    this.status = PersonStatus.ACTIVE;
  }

  /** Links this member to their Keycloak account (the demo school's members get theirs late). */
  public void linkAccount(String subject) {
    this.subject = Text.required(subject, 64, "subject", "person.rule.missing.3");
  }

  /** An invitation e-mail went out {@code at}: the member is invited until they join. */
  public void invited(Instant at) {
    require(joinedAt == null, "id", "person.invited.joined", displayName);
    require(isActive(), "id", "person.rule", displayName);
    this.invitedAt = at;
  }

  /** The member followed their invitation (set a password); the first time counts. */
  public void joined(Instant at) {
    if (joinedAt == null) {
      joinedAt = at;
    }
  }

  /** Where this member stands {@code now}, when an invitation works for {@code lifespan}. */
  public MemberState state(Instant now, Duration lifespan) {
    return MemberState.of(status, invitedAt, joinedAt, now, lifespan);
  }

  /** Invited and not seen to have joined yet (whether or not the link still works). */
  public boolean awaitsJoining() {
    return isActive() && invitedAt != null && joinedAt == null;
  }

  /** Corrects the member's name (a typo in the invitation, a new surname). */
  public void rename(String displayName) {
    this.displayName = Text.personName(displayName, "displayName", "person.displayName.missing");
  }

  /** What the member does in the school from now on; at least one role. */
  public void changeRoles(Set<MemberRole> roles) {
    require(roles != null && !roles.isEmpty(), "roles", "person.roles");
    this.roles = EnumSet.copyOf(roles);
  }

  /** Records when this coach's initial training ended; not in the future. */
  public void initialTrainingEnded(LocalDate endedOn) {
    if (endedOn != null) {
      NotInTheFuture.require(
          endedOn,
          "initialTrainingEndedOn",
          DomainRuleViolation.phrase("person.initialTrainingEndedOn.what"));
    }
    this.initialTrainingEndedOn = endedOn;
  }

  public String subject() {
    return subject;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public Set<MemberRole> roles() {
    return Set.copyOf(roles);
  }

  public boolean has(MemberRole role) {
    return roles.contains(role);
  }

  public Optional<LocalDate> initialTrainingEndedOn() {
    return Optional.ofNullable(initialTrainingEndedOn);
  }

  public Optional<Instant> invitedAt() {
    return Optional.ofNullable(invitedAt);
  }

  public Optional<Instant> joinedAt() {
    return Optional.ofNullable(joinedAt);
  }

  public PersonStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == PersonStatus.ACTIVE;
  }

  /** The member leaves: records stay readable, nothing new is recorded for them. */
  public void deactivate() {
    status = PersonStatus.DEACTIVATED;
  }

  public void reactivate() {
    require(erasedAt == null, "id", "person.erase.reactivate");
    status = PersonStatus.ACTIVE;
  }

  /**
   * Fails unless this member is active and has {@code role}: the guard every new record runs for
   * the people it names. {@code field} is the field of the new record that names this person.
   */
  public void requireActive(MemberRole role, String field) {
    require(isActive(), field, "person.rule", displayName);
    require(
        has(role),
        field,
        "person.rule.2",
        displayName,
        DomainRuleViolation.phrase("role." + role.name()));
  }

  // --- erasure (data rights) ---

  @Column(name = "erased_at")
  private Instant erasedAt;

  /**
   * A departed member's personal fields are replaced by {@code pseudonym}: their name, their e-mail
   * (an address under the reserved {@code .invalid} domain) and their Keycloak subject (their
   * account is gone). What they recorded stays, under the pseudonym, so the school's figures keep
   * their counts. Only a deactivated member is erased, once.
   */
  public void erase(String pseudonym, Instant at) {
    require(!isActive(), "id", "person.erase.active", displayName);
    require(erasedAt == null, "id", "person.erase.again");
    require(at != null, "erasedAt", "person.erase.again");
    String code = Text.required(pseudonym, 64, "pseudonym", "person.rule.missing");
    this.displayName = code;
    this.email = code.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "@erased.invalid";
    this.subject = "erased:" + id();
    this.erasedAt = at;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  public Optional<Instant> erasedAt() {
    return Optional.ofNullable(erasedAt);
  }
}
