package io.parallax.domain.school;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.accreditation.AccreditationTrack;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** An accreditation track a school runs, e.g. "ICF Level 2" or "EMCC Practitioner". */
@Entity
@Table(name = "program")
public class Program extends SchoolOwned {

  @Column(nullable = false, length = Text.NAME_LENGTH)
  private String name;

  @Column(length = 500)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CohortStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "track_id")
  private AccreditationTrack track;

  protected Program() {}

  public Program(String name, String description) {
    this.name = Text.name(name, "name", "program.name.missing");
    this.description = Text.optional(description, 500, "description");
    this.status = CohortStatus.OPEN;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public CohortStatus status() {
    return status;
  }

  public void edit(String newName, String newDescription) {
    this.name = Text.name(newName, "name", "program.name.missing.2");
    this.description = Text.optional(newDescription, 500, "description");
  }

  /** An archived program keeps its cohorts for the record but opens no new ones. */
  public void archive() {
    status = CohortStatus.ARCHIVED;
  }

  /** The accreditation track the program leads to, if the school named one. */
  public Optional<AccreditationTrack> track() {
    return Optional.ofNullable(track);
  }

  /** Names the track the program leads to; null: none. */
  public void leadTo(AccreditationTrack newTrack) {
    this.track = newTrack;
  }

  /** Brings an archived program back: it is open again and may open cohorts. */
  public void restore() {
    status = CohortStatus.OPEN;
  }
}
