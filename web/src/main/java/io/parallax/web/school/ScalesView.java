package io.parallax.web.school;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.ScaleKind;
import io.parallax.ejb.school.CoreIssueTypes;
import io.parallax.ejb.school.CoreIssueTypes.Kind;
import io.parallax.ejb.school.DevelopmentalScales;
import io.parallax.ejb.school.DevelopmentalScales.ScaleSummary;
import io.parallax.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school admin's scale and taxonomy: which developmental scale new stage assessments use (a
 * built-in one or the school's own, defined here level by level), and the core-issue kinds
 * supervisors name (add, rename, retire, reinstate, delete an unused one).
 */
@Named
@ViewScoped
public class ScalesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** {@code levels[2].name} → the input of row 2 of the levels table. */
  private static final Pattern LEVEL_FIELD =
      Pattern.compile("levels\\[(\\d+)]\\.(name|description)");

  @EJB transient DevelopmentalScales scales;
  @EJB transient CoreIssueTypes coreIssues;

  private List<ScaleSummary> schoolScales;
  private List<Kind> kinds;
  private String builtInKind;
  private String customName;
  private final List<LevelRow> customLevels = new ArrayList<>();
  private String editingCode;
  private String code;
  private String label;
  private String description;

  /** One row of the own-scale form. */
  public static class LevelRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String description;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  @PostConstruct
  void load() {
    schoolScales = scales.list();
    kinds = coreIssues.list();
    if (customLevels.isEmpty()) {
      for (int i = 0; i < 3; i++) {
        customLevels.add(new LevelRow());
      }
    }
  }

  /** The built-in kinds a school may pick, in the order DESIGN names them. */
  public List<ScaleKind> getBuiltInKinds() {
    return List.of(ScaleKind.IDM, ScaleKind.EMCC, ScaleKind.ICF, ScaleKind.ENTRUSTMENT);
  }

  public ScaleSummary getDefaultScale() {
    return schoolScales.stream().filter(ScaleSummary::schoolDefault).findFirst().orElse(null);
  }

  public void pickBuiltIn() {
    ScaleSummary chosen = Messages.obtain("scale-", () -> scales.makeDefault(builtInKind));
    if (chosen != null) {
      Messages.info("scales.defaultChosen", chosen.name());
      load();
    }
  }

  public void makeDefault(ScaleSummary scale) {
    if (Messages.attempt("scale-", () -> scales.makeDefault(scale.id()))) {
      Messages.info("scales.defaultChosen", scale.name());
      load();
    }
  }

  public void addLevel() {
    customLevels.add(new LevelRow());
  }

  public void removeLevel() {
    if (customLevels.size() > 1) {
      customLevels.remove(customLevels.size() - 1);
    }
  }

  public void defineCustom() {
    List<DevelopmentalScale.Level> levels =
        customLevels.stream()
            .map(row -> new DevelopmentalScale.Level(row.getName(), row.getDescription()))
            .toList();
    try {
      ScaleSummary defined = scales.define(customName, levels);
      Messages.info("scales.defined", defined.name());
      customName = null;
      customLevels.clear();
      load();
    } catch (DomainRuleViolation violation) {
      Messages.atField(clientId(violation.field()), violation.message(Messages.locale()));
    }
  }

  /** Where a refusal of the own-scale form is shown: next to its row's input, or the table. */
  static String clientId(String field) {
    Matcher level = LEVEL_FIELD.matcher(field == null ? "" : field);
    if (level.matches()) {
      return "custom-levels:" + level.group(1) + ":level-" + level.group(2);
    }
    return "name".equals(field) ? "custom-name" : "custom-levels";
  }

  public void editKind(Kind kind) {
    editingCode = kind.code();
    code = kind.code();
    label = kind.label();
    description = kind.description();
  }

  public void saveKind() {
    Runnable save =
        editingCode == null
            ? () -> coreIssues.add(code, label, description)
            : () -> coreIssues.rename(editingCode, label, description);
    if (Messages.attempt("issue-", save)) {
      Messages.info("coreIssues.saved", label);
      cancelKind();
      load();
    }
  }

  public void cancelKind() {
    editingCode = code = label = description = null;
  }

  public void retire(Kind kind) {
    if (Messages.attempt("issue-", () -> coreIssues.retire(kind.code()))) {
      Messages.info("coreIssues.retired", kind.label());
      load();
    }
  }

  public void reinstate(Kind kind) {
    if (Messages.attempt("issue-", () -> coreIssues.reinstate(kind.code()))) {
      Messages.info("coreIssues.reinstated", kind.label());
      load();
    }
  }

  public void delete(Kind kind) {
    if (Messages.attempt("issue-", () -> coreIssues.delete(kind.code()))) {
      Messages.info("coreIssues.deleted", kind.label());
      load();
    }
  }

  public List<ScaleSummary> getScales() {
    return schoolScales;
  }

  public List<Kind> getKinds() {
    return kinds;
  }

  public List<LevelRow> getCustomLevels() {
    return customLevels;
  }

  public boolean isEditingKind() {
    return editingCode != null;
  }

  public String getBuiltInKind() {
    return builtInKind;
  }

  public void setBuiltInKind(String builtInKind) {
    this.builtInKind = builtInKind;
  }

  public String getCustomName() {
    return customName;
  }

  public void setCustomName(String customName) {
    this.customName = customName;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
