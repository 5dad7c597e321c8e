package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An ordered scale of developmental levels a school places its trainees on, lowest first. The
 * default is Stoltenberg &amp; Delworth's Integrated Developmental Model (IDM): level 1 motivated,
 * anxious and dependent on the supervisor, with more contracting challenges; level 2 fluctuating
 * confidence and autonomy; level 3 stable, self-reflective and autonomous; 3i level 3 integrated
 * across domains. A school may pick another ordered scale instead. The levels of a scale never
 * change once it exists: stage assessments name them.
 */
@Entity
@Table(name = "developmental_scale")
@NamedQuery(
    name = DevelopmentalScale.ALL,
    query = "select s from DevelopmentalScale s order by s.schoolDefault desc, s.name")
public class DevelopmentalScale extends SchoolOwned {

  /** The current school's scales, its default first. */
  public static final String ALL = "DevelopmentalScale.all";

  public static final int MIN_LEVELS = 2;
  public static final int MAX_LEVELS = 10;
  public static final int LEVEL_LENGTH = 20;
  public static final int LEVELS_LENGTH = 200;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private ScaleKind kind;

  @Column(nullable = false, length = Text.NAME_LENGTH)
  private String name;

  @Convert(converter = LevelCodesColumn.class)
  @Column(nullable = false, updatable = false, length = LEVELS_LENGTH)
  private List<String> levels;

  @Column(name = "school_default", nullable = false)
  private boolean schoolDefault;

  protected DevelopmentalScale() {}

  /** A scale with its level codes, lowest first: 2 to 10 distinct codes of 1 to 20 characters. */
  public DevelopmentalScale(ScaleKind kind, String name, List<String> levels) {
    require(kind != null, "kind", "developmentalScale.kind");
    this.kind = kind;
    rename(name);
    this.levels = levelCodes(levels);
  }

  /** Stoltenberg &amp; Delworth's Integrated Developmental Model, the school's default scale. */
  public static DevelopmentalScale idm() {
    DevelopmentalScale scale =
        new DevelopmentalScale(
            ScaleKind.IDM, "Integrated Developmental Model", List.of("1", "2", "3", "3i"));
    scale.makeSchoolDefault();
    return scale;
  }

  public static DevelopmentalScale emcc() {
    return new DevelopmentalScale(
        ScaleKind.EMCC,
        "EMCC competence levels",
        List.of("FOUNDATION", "PRACTITIONER", "SENIOR_PRACTITIONER", "MASTER_PRACTITIONER"));
  }

  public static DevelopmentalScale icf() {
    return new DevelopmentalScale(ScaleKind.ICF, "ICF credentials", List.of("ACC", "PCC", "MCC"));
  }

  public static DevelopmentalScale entrustment() {
    return new DevelopmentalScale(
        ScaleKind.ENTRUSTMENT, "Entrustment", List.of("1", "2", "3", "4", "5"));
  }

  private static List<String> levelCodes(List<String> codes) {
    require(
        codes != null && codes.size() >= MIN_LEVELS && codes.size() <= MAX_LEVELS,
        "levels",
        "developmentalScale.levels",
        MIN_LEVELS,
        MAX_LEVELS);
    List<String> stripped = new ArrayList<>();
    for (String code : codes) {
      require(code != null && !code.isBlank(), "levels", "developmentalScale.levels.2");
      String level = code.strip();
      require(
          level.length() <= LEVEL_LENGTH && !level.contains(","),
          "levels",
          "developmentalScale.levels.3",
          LEVEL_LENGTH,
          level);
      stripped.add(level);
    }
    require(
        new LinkedHashSet<>(stripped).size() == stripped.size(),
        "levels",
        "developmentalScale.levels.4");
    require(
        String.join(",", stripped).length() <= LEVELS_LENGTH,
        "levels",
        "developmentalScale.levels.5",
        LEVELS_LENGTH);
    return List.copyOf(stripped);
  }

  public void rename(String name) {
    this.name = Text.name(name, "name", "developmentalScale.name.missing");
  }

  /** Stage assessments use this scale unless a supervisor picks another. */
  public void makeSchoolDefault() {
    schoolDefault = true;
  }

  /** Another scale became the school's default; assessments on this one stay as they are. */
  public void noLongerSchoolDefault() {
    schoolDefault = false;
  }

  public boolean hasLevel(String code) {
    return code != null && levels.contains(code.strip());
  }

  /**
   * The place of {@code code} on the scale, 1 for the lowest level: levels compare by rank, so a
   * trainee's progression can be measured across assessments.
   */
  public int rank(String code) {
    requireLevel(code, "level");
    return levels.indexOf(code.strip()) + 1;
  }

  /** Fails unless {@code code} is a level of this scale; returns it trimmed. */
  public String requireLevel(String code, String field) {
    String choices = "pick one of " + String.join(", ", levels) + ".";
    require(code != null && !code.isBlank(), field, "developmentalScale.rule", name, choices);
    require(hasLevel(code), field, "developmentalScale.rule.2", code, name, choices);
    return code.strip();
  }

  public ScaleKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  /** The level codes, lowest first. */
  public List<String> levels() {
    return levels;
  }

  public boolean isSchoolDefault() {
    return schoolDefault;
  }
}
