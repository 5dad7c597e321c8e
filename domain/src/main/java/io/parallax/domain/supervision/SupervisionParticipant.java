package io.parallax.domain.supervision;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.school.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * One supervisee who took part in a group supervision session, with the supervisor's confidential
 * note on them. The session counts in the participant's timeline and hours; the note is the
 * author's alone: never shown to the participant or to the others in the group, never logged.
 */
@Entity
@Table(name = "supervision_participant")
public class SupervisionParticipant extends SchoolOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private SupervisionSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Person person;

  /** Confidential to the session's author; this class has no {@code toString} that leaks it. */
  @Column(length = SupervisionSession.MAX_NOTES)
  private String notes;

  protected SupervisionParticipant() {}

  SupervisionParticipant(SupervisionSession session, Person person) {
    this.session = session;
    this.person = person;
  }

  /** The author's confidential note on this participant (at most 4000 characters). */
  void writeNotes(String text) {
    this.notes = Text.optional(text, SupervisionSession.MAX_NOTES, "participants");
  }

  public SupervisionSession session() {
    return session;
  }

  public Person person() {
    return person;
  }

  /** Confidential: see the field. Callers check that the reader is the session's author. */
  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }
}
