package io.parallax.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A credentialing body's requirements as Parallax ships them (ICF ACC, ICF PCC, the four EMCC EIA
 * levels), with where the figures come from and when they were taken. Shared by every school and
 * never changed by one: a school copies a standard into an {@link AccreditationTrack} of its own to
 * adjust it. The figures are seeded by the migration that creates the table.
 */
@Entity
@Immutable
@Table(name = "accreditation_standard")
@NamedQuery(
    name = AccreditationStandard.ALL,
    query = "select s from AccreditationStandard s order by s.position")
public class AccreditationStandard {

  /** Every shipped standard, in the order they are offered. */
  public static final String ALL = "AccreditationStandard.all";

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 500)
  private String source;

  @Column(name = "source_date", nullable = false)
  private LocalDate sourceDate;

  @Embedded private TrackFigures figures;

  protected AccreditationStandard() {}

  /** A stable code, e.g. {@code ICF_ACC}. */
  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** Where the figures were taken from, and the caveat that they may have changed since. */
  public String source() {
    return source;
  }

  /** The day the figures were taken. */
  public LocalDate sourceDate() {
    return sourceDate;
  }

  public Figures figures() {
    return figures.figures();
  }
}
