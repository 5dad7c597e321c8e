package io.parallax.ejb.accreditation;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.accreditation.AccreditationStandard;
import io.parallax.domain.accreditation.AccreditationTrack;
import io.parallax.domain.accreditation.Figures;
import io.parallax.domain.school.Program;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * A school's accreditation tracks, kept by its school admins: the shipped standards to copy from,
 * the school's own tracks (copied, then adjusted figure by figure) and the track each program leads
 * to. Another school's tracks do not exist for the caller.
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
@RolesAllowed(Roles.SCHOOL_ADMIN)
public class AccreditationTracks {

  @PersistenceContext EntityManager em;

  /** The shipped standards (ICF, EMCC), with their source and its date. */
  public List<TrackView> standards() {
    return em.createNamedQuery(AccreditationStandard.ALL, AccreditationStandard.class)
        .getResultStream()
        .map(TrackView::of)
        .toList();
  }

  /** The school's own tracks, by name. */
  public List<TrackView> tracks() {
    return em.createNamedQuery(AccreditationTrack.ALL, AccreditationTrack.class)
        .getResultStream()
        .map(TrackView::of)
        .toList();
  }

  public TrackView read(UUID id) {
    return TrackView.of(find(id));
  }

  /**
   * A copy of shipped standard {@code code}, or else of the school's track {@code fromTrack}, under
   * {@code name} (blank: the original's name).
   */
  public TrackView copy(String code, UUID fromTrack, String name) {
    AccreditationTrack copy;
    if (code != null && !code.isBlank()) {
      AccreditationStandard standard = em.find(AccreditationStandard.class, code.strip());
      require(standard != null, "code", "accreditationTracks.code", code.strip());
      copy = AccreditationTrack.copyOf(standard, name);
    } else {
      require(fromTrack != null, "code", "accreditationTracks.from");
      AccreditationTrack original = find(fromTrack);
      copy =
          new AccreditationTrack(
              name == null || name.isBlank() ? original.name() : name,
              original.figures(),
              original.basedOn().orElse(null));
    }
    em.persist(copy);
    em.flush();
    return TrackView.of(copy);
  }

  /** Renames a track and replaces its figures, if the caller edits the version they read. */
  public TrackView adjust(UUID id, long versionRead, String name, Figures figures) {
    AccreditationTrack track = find(id);
    track.requireVersion(versionRead);
    track.adjust(name, figures);
    em.flush();
    return TrackView.of(track);
  }

  /** The school's programs with the track each leads to. */
  public List<ProgramTrack> programs() {
    return em.createQuery(
            "select p from Program p left join fetch p.track order by lower(p.name), p.id",
            Program.class)
        .getResultStream()
        .map(AccreditationTracks::programTrack)
        .toList();
  }

  /** Names the track program {@code programId} leads to ({@code trackId} null: none). */
  public ProgramTrack leadTo(UUID programId, long versionRead, UUID trackId) {
    Program program = programId == null ? null : em.find(Program.class, programId);
    if (program == null) {
      throw new NoSuchRecord("program");
    }
    program.requireVersion(versionRead);
    program.leadTo(trackId == null ? null : find(trackId));
    em.flush();
    return programTrack(program);
  }

  private static ProgramTrack programTrack(Program p) {
    return new ProgramTrack(
        p.id(),
        p.name(),
        p.track().map(AccreditationTrack::id).orElse(null),
        p.track().map(AccreditationTrack::name).orElse(null),
        p.version());
  }

  private AccreditationTrack find(UUID id) {
    AccreditationTrack track = id == null ? null : em.find(AccreditationTrack.class, id);
    if (track == null) {
      throw new NoSuchRecord("accreditationtrack");
    }
    return track;
  }
}
