package io.parallax.web.calibration;

import io.parallax.domain.assessment.ContractingRubric;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.calibration.CalibrationExercises;
import io.parallax.ejb.calibration.ExerciseViews.CaseGrade;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseMaterial;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseResults;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseSummary;
import io.parallax.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A supervisor's calibration page: their exercises, one opened to grade blind case by case (1 to 5
 * per element, a rationale), and the results once they open, where peers appear unnamed.
 */
@Named
@ViewScoped
public class GradeExercisesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient CalibrationExercises exercises;

  private List<ExerciseSummary> list = List.of();
  private ExerciseMaterial material;
  private ExerciseResults results;
  private final List<CaseForm> forms = new ArrayList<>();

  /** The inputs of one case: a grade per element (null until chosen) and the rationale. */
  public static class CaseForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int index;
    private Integer focus;
    private Integer outcome;
    private Integer approach;
    private Integer participation;
    private String rationale;

    CaseForm(int index) {
      this.index = index;
    }

    void fill(CaseGrade grade) {
      focus = grade.grades().get(ContractingElement.FOCUS);
      outcome = grade.grades().get(ContractingElement.OUTCOME);
      approach = grade.grades().get(ContractingElement.APPROACH);
      participation = grade.grades().get(ContractingElement.PARTICIPATION);
      rationale = grade.rationale();
    }

    /** The grades given, or the first element still without one. */
    Map<ContractingElement, Integer> grades() {
      Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
      grades.put(ContractingElement.FOCUS, focus);
      grades.put(ContractingElement.OUTCOME, outcome);
      grades.put(ContractingElement.APPROACH, approach);
      grades.put(ContractingElement.PARTICIPATION, participation);
      return grades;
    }

    public int getIndex() {
      return index;
    }

    public Integer getFocus() {
      return focus;
    }

    public void setFocus(Integer focus) {
      this.focus = focus;
    }

    public Integer getOutcome() {
      return outcome;
    }

    public void setOutcome(Integer outcome) {
      this.outcome = outcome;
    }

    public Integer getApproach() {
      return approach;
    }

    public void setApproach(Integer approach) {
      this.approach = approach;
    }

    public Integer getParticipation() {
      return participation;
    }

    public void setParticipation(Integer participation) {
      this.participation = participation;
    }

    public String getRationale() {
      return rationale;
    }

    public void setRationale(String rationale) {
      this.rationale = rationale;
    }
  }

  private String exercise;

  /** The caller's exercises, and the one named by the page's parameter opened. */
  public void load() {
    list = exercises.list();
    UUID id = chosen(exercise);
    if (id != null) {
      open(id);
    }
  }

  private void open(UUID exercise) {
    results = null;
    material = Messages.obtain("grade-", () -> exercises.material(exercise));
    forms.clear();
    if (material == null) {
      return;
    }
    material.cases().forEach(c -> forms.add(new CaseForm(c.index())));
    for (CaseGrade own : material.myGrades()) {
      forms.get(own.caseIndex()).fill(own);
    }
    if (material.exercise().resultsOpen()) {
      results = Messages.obtain("grade-", () -> exercises.results(exercise));
    }
  }

  public void save(int caseIndex) {
    CaseForm form = forms.get(caseIndex);
    for (Map.Entry<ContractingElement, Integer> grade : form.grades().entrySet()) {
      if (grade.getValue() == null) {
        Messages.atField(
            "case-" + caseIndex + "-" + grade.getKey().name().toLowerCase() + "Grade",
            Messages.text(Messages.COMMON, "calibration.grade.missing"));
        return;
      }
    }
    UUID id = material.exercise().id();
    CaseGrade saved =
        Messages.obtain(
            "case-" + caseIndex + "-",
            () -> exercises.grade(id, caseIndex, form.grades(), form.rationale));
    if (saved != null) {
      Messages.done(Messages.COMMON, "calibration.graded", caseIndex + 1);
      list = exercises.list();
    }
  }

  public List<ExerciseSummary> getList() {
    return list;
  }

  public ExerciseMaterial getMaterial() {
    return material;
  }

  public ExerciseResults getResults() {
    return results;
  }

  public List<CaseForm> getForms() {
    return forms;
  }

  public String getExercise() {
    return exercise;
  }

  public void setExercise(String exercise) {
    this.exercise = exercise;
  }

  public List<String> anchors(String element) {
    return ContractingRubric.anchors(ContractingElement.valueOf(element));
  }

  public String pccMarkers(String element) {
    return ContractingElement.valueOf(element).pccMarkers();
  }

  /** The exercise the page's parameter names; a malformed one is a message, not a failure. */
  private static UUID chosen(String exercise) {
    try {
      return Messages.chosenId(exercise);
    } catch (IllegalArgumentException malformed) {
      Messages.error(Messages.text(Messages.COMMON, "calibration.noSuchExercise"));
      return null;
    }
  }
}
