package io.parallax.domain.accreditation;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A school's own accreditation track: a copy of a shipped {@link AccreditationStandard} (or of
 * another track) whose figures the school adjusts, e.g. to a body's newer requirements. A program
 * names the track it leads to.
 */
@Entity
@Table(name = "accreditation_track")
@NamedQuery(
    name = AccreditationTrack.ALL,
    query = "select t from AccreditationTrack t order by lower(t.name), t.id")
public class AccreditationTrack extends SchoolOwned {

  /** The school's tracks, by name. */
  public static final String ALL = "AccreditationTrack.all";

  @Column(nullable = false, length = Text.NAME_LENGTH)
  private String name;

  @Column(name = "based_on", length = 32, updatable = false)
  private String basedOn;

  @Embedded private TrackFigures figures;

  protected AccreditationTrack() {}

  /** A track named {@code name} with {@code figures}, copied from standard {@code basedOn}. */
  public AccreditationTrack(String name, Figures figures, String basedOn) {
    adjust(name, figures);
    this.basedOn = basedOn;
  }

  /** A copy of a shipped standard, under its name unless another is given. */
  public static AccreditationTrack copyOf(AccreditationStandard standard, String name) {
    return new AccreditationTrack(
        name == null || name.isBlank() ? standard.name() : name,
        standard.figures(),
        standard.code());
  }

  /** Renames the track and replaces its figures (each checked, see {@link Figures}). */
  public void adjust(String newName, Figures newFigures) {
    this.name = Text.name(newName, "name", "accreditationTrack.name");
    io.parallax.domain.DomainRuleViolation.require(
        newFigures != null, "figures", "accreditationTrack.figures");
    this.figures = new TrackFigures(newFigures);
  }

  public String name() {
    return name;
  }

  /** The code of the shipped standard this track was copied from, if any. */
  public Optional<String> basedOn() {
    return Optional.ofNullable(basedOn);
  }

  public Figures figures() {
    return figures.figures();
  }
}
