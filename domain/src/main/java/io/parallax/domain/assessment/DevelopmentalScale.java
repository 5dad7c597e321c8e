package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered scale of developmental levels a school places its trainees on, lowest first. The
 * default is Stoltenberg &amp; Delworth's Integrated Developmental Model (IDM): level 1 motivated,
 * anxious and dependent on the supervisor, with more contracting challenges; level 2 fluctuating
 * confidence and autonomy; level 3 stable, self-reflective and autonomous; 3i level 3 integrated
 * across domains. A school may pick another ordered scale instead: EMCC, ICF, entrustment, or one
 * it defines itself, each level with a name and a description. The levels of a scale never change
 * once it exists: stage assessments name them, and keep the scale they were made on when the school
 * picks another default.
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
  public static final int MAX_LEVEL_DESCRIPTION = 500;

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

  /** What each level means, by level code; a school's own scale describes every level. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "developmental_scale_level",
      joinColumns = @JoinColumn(name = "scale_id", nullable = false))
  @MapKeyColumn(name = "level", length = LEVEL_LENGTH)
  @Column(name = "description", nullable = false, length = MAX_LEVEL_DESCRIPTION)
  private Map<String, String> descriptions = new HashMap<>();

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

  /** A level of a school's own scale: its name (its code, at most 20 characters) and meaning. */
  public record Level(String name, String description) {}

  /**
   * A scale the school defines itself: 2 to 10 levels, lowest first, each with a distinct name and
   * a description of what a trainee at that level shows.
   */
  public static DevelopmentalScale custom(String name, List<Level> levels) {
    require(
        levels != null && levels.size() >= MIN_LEVELS && levels.size() <= MAX_LEVELS,
        "levels",
        "developmentalScale.levels",
        MIN_LEVELS,
        MAX_LEVELS);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      Level level = levels.get(i);
      require(
          level != null && level.name() != null,
          "levels[" + i + "].name",
          "developmentalScale.levels.2");
      names.add(level.name());
    }
    DevelopmentalScale scale = new DevelopmentalScale(ScaleKind.CUSTOM, name, names);
    for (int i = 0; i < levels.size(); i++) {
      scale.descriptions.put(
          scale.levels.get(i),
          Text.required(
              levels.get(i).description(),
              MAX_LEVEL_DESCRIPTION,
              "levels[" + i + "].description",
              "developmentalScale.levels.description"));
    }
    return scale;
  }

  /** The built-in scale of {@code kind} (IDM, EMCC, ICF, entrustment), not yet anyone's default. */
  public static DevelopmentalScale builtIn(ScaleKind kind) {
    require(kind != null && kind != ScaleKind.CUSTOM, "kind", "developmentalScale.builtIn");
    return switch (kind) {
      case IDM -> {
        DevelopmentalScale idm = idm();
        idm.noLongerSchoolDefault();
        yield idm;
      }
      case EMCC -> emcc();
      case ICF -> icf();
      default -> entrustment();
    };
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

  /** What {@code level} means on this scale, when the school described it. */
  public Optional<String> description(String level) {
    return Optional.ofNullable(descriptions.get(level));
  }

  public boolean isSchoolDefault() {
    return schoolDefault;
  }
}
