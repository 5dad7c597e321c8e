package io.parallax.web.school;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.NoSuchRecord;
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
    attempt("program-", () -> programs.open(programName, programDescription));
    if (!failed()) {
      Messages.info("cohorts.programOpened", programName);
      programName = programDescription = null;
    }
  }

  public void saveCohort() {
    if (editing == null) {
      attempt("cohort-", () -> cohorts.open(uuid(programId), cohortName, startsOn, endsOn));
    } else {
      attempt("cohort-", () -> cohorts.edit(editing, editingVersion, cohortName, startsOn, endsOn));
    }
    if (!failed()) {
      Messages.info("cohorts.saved", cohortName);
      cancel();
    }
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
    attempt("cohort-", () -> cohorts.archive(cohort.id(), cohort.version()));
    if (!failed()) {
      Messages.info("cohorts.archived", cohort.name());
    }
  }

  public void archive(ProgramSummary program) {
    attempt("program-", () -> programs.archive(program.id(), program.version()));
    if (!failed()) {
      Messages.info("cohorts.archived", program.name());
    }
  }

  private void attempt(String fieldPrefix, Runnable change) {
    try {
      change.run();
    } catch (DomainRuleViolation e) {
      Messages.atField(fieldPrefix + e.field(), e.getMessage());
    } catch (ConcurrentEdit | NoSuchRecord e) {
      Messages.error(e.getMessage());
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }
    load();
  }

  private static boolean failed() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed();
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

  /** A choice from a select menu (the option's value is the record's id), or null. */
  private static UUID uuid(String id) {
    return id == null || id.isBlank() ? null : UUID.fromString(id);
  }
}
