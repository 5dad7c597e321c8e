package io.parallax.web.school;

import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.ProgramSummary;
import io.parallax.ejb.school.Programs;
import io.parallax.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The school admin's programs and cohorts: open a program, open a cohort of it, edit a cohort's
 * name and dates, archive either (archived ones stay in reports and take nothing new).
 */
@Named
@ViewScoped
public class CohortsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Programs programs;
  @EJB transient Cohorts cohorts;

  private List<ProgramSummary> allPrograms;
  private List<CohortSummary> allCohorts;
  private String programName;
  private String programDescription;
  private String programId;
  private UUID editing;
  private long editingVersion;
  private String cohortName;
  private LocalDate startsOn;
  private LocalDate endsOn;

  @PostConstruct
  void load() {
    allPrograms = programs.list();
    allCohorts = cohorts.list();
  }

  public void openProgram() {
    if (Messages.attempt("program-", () -> programs.open(programName, programDescription))) {
      Messages.info("cohorts.programOpened", programName);
      programName = programDescription = null;
    }
    load();
  }

  public void saveCohort() {
    Runnable save =
        editing == null
            ? () -> cohorts.open(Messages.chosenId(programId), cohortName, startsOn, endsOn)
            : () -> cohorts.edit(editing, editingVersion, cohortName, startsOn, endsOn);
    if (Messages.attempt("cohort-", save)) {
      Messages.info("cohorts.saved", cohortName);
      cancel();
    }
    load();
  }

  public void edit(CohortSummary cohort) {
    editing = cohort.id();
    editingVersion = cohort.version();
    cohortName = cohort.name();
    startsOn = cohort.startsOn();
    endsOn = cohort.endsOn();
  }

  public void cancel() {
    editing = null;
    cohortName = null;
    startsOn = endsOn = null;
  }

  public void archive(CohortSummary cohort) {
    if (Messages.attempt("cohort-", () -> cohorts.archive(cohort.id(), cohort.version()))) {
      Messages.info("cohorts.archived", cohort.name());
    }
    load();
  }

  public void archive(ProgramSummary program) {
    if (Messages.attempt("program-", () -> programs.archive(program.id(), program.version()))) {
      Messages.info("cohorts.archived", program.name());
    }
    load();
  }

  public List<ProgramSummary> getPrograms() {
    return allPrograms;
  }

  public List<ProgramSummary> getOpenPrograms() {
    return allPrograms.stream().filter(p -> p.status().name().equals("OPEN")).toList();
  }

  public List<CohortSummary> getCohorts() {
    return allCohorts;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getProgramName() {
    return programName;
  }

  public void setProgramName(String programName) {
    this.programName = programName;
  }

  public String getProgramDescription() {
    return programDescription;
  }

  public void setProgramDescription(String programDescription) {
    this.programDescription = programDescription;
  }

  public String getProgramId() {
    return programId;
  }

  public void setProgramId(String programId) {
    this.programId = programId;
  }

  public String getCohortName() {
    return cohortName;
  }

  public void setCohortName(String cohortName) {
    this.cohortName = cohortName;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }
}
