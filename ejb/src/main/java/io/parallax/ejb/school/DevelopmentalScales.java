package io.parallax.ejb.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.ScaleKind;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The school's developmental scales and which one is its default. A school admin picks a built-in
 * scale (IDM, EMCC, ICF, entrustment) or defines its own; new stage assessments use the default,
 * existing ones keep the scale they were made on.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class DevelopmentalScales {

  /** A level as people read it: its code (a custom scale's level name) and what it means. */
  public record LevelView(String code, String description) implements Serializable {}

  /** A scale as the UI and the API show it, levels lowest first. */
  public record ScaleSummary(
      UUID id,
      ScaleKind kind,
      String name,
      List<LevelView> levels,
      boolean schoolDefault,
      long version)
      implements Serializable {

    static ScaleSummary of(DevelopmentalScale scale) {
      return new ScaleSummary(
          scale.id(),
          scale.kind(),
          scale.name(),
          scale.levels().stream()
              .map(level -> new LevelView(level, scale.description(level).orElse(null)))
              .toList(),
          scale.isSchoolDefault(),
          scale.version());
    }
  }

  @PersistenceContext EntityManager em;

  /** The school's scales, its default first. */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public List<ScaleSummary> list() {
    return scales().stream().map(ScaleSummary::of).toList();
  }

  /**
   * Makes the built-in scale {@code kind} (IDM, EMCC, ICF or ENTRUSTMENT, as written) the school's
   * default, adding it to the school's scales the first time.
   */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ScaleSummary makeDefault(String kind) {
    ScaleKind chosen = builtInKind(kind);
    DevelopmentalScale scale =
        scales().stream()
            .filter(s -> s.kind() == chosen)
            .findFirst()
            .orElseGet(
                () -> {
                  DevelopmentalScale added = DevelopmentalScale.builtIn(chosen);
                  em.persist(added);
                  return added;
                });
    return makeDefault(scale);
  }

  /** Makes one of the school's scales (e.g. an own scale defined earlier) the default again. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ScaleSummary makeDefault(UUID id) {
    DevelopmentalScale scale = id == null ? null : em.find(DevelopmentalScale.class, id);
    if (scale == null) {
      throw new NoSuchRecord("developmental scale");
    }
    return makeDefault(scale);
  }

  /** Defines the school's own ordered scale and makes it the default. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ScaleSummary define(String name, List<DevelopmentalScale.Level> levels) {
    DevelopmentalScale scale = DevelopmentalScale.custom(name, levels);
    em.persist(scale);
    return makeDefault(scale);
  }

  private ScaleSummary makeDefault(DevelopmentalScale chosen) {
    scales().stream().filter(s -> s != chosen).forEach(DevelopmentalScale::noLongerSchoolDefault);
    chosen.makeSchoolDefault();
    em.flush();
    return ScaleSummary.of(chosen);
  }

  private List<DevelopmentalScale> scales() {
    return em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class).getResultList();
  }

  private static ScaleKind builtInKind(String kind) {
    String code = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    boolean known = false;
    for (ScaleKind k : ScaleKind.values()) {
      known |= k != ScaleKind.CUSTOM && k.name().equals(code);
    }
    require(known, "kind", "developmentalScale.builtIn");
    return ScaleKind.valueOf(code);
  }
}
