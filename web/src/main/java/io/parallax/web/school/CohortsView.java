package io.parallax.web.school;

import io.parallax.domain.school.CohortStatus;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.ProgramSummary;
import io.parallax.ejb.school.Programs;
import io.parallax.web.Messages;
import io.parallax.web.ServiceTable;
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
 * name and dates, archive either (archived ones stay in reports and take nothing new). Both tables
 * are paged, filtered and sorted by the database.
 */
@Named
@ViewScoped
public class CohortsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** More open programs than a menu can sensibly offer. */
  private static final int MENU_SIZE = Listing.MAX_SIZE;

  @EJB transient Programs programs;
  @EJB transient Cohorts cohorts;

  private final ServiceTable<ProgramSummary> programTable =
      new ServiceTable<>(listing -> programs.page(listing), ProgramSummary::id);
  private final ServiceTable<CohortSummary> cohortTable =
      new ServiceTable<>(listing -> cohorts.page(listing), CohortSummary::id);
  private List<ProgramSummary> openPrograms;
  private String programName;
  private String programDescription;
  private String programId;
  private UUID editing;
  private long editingVersion;
  private String cohortName;
  private LocalDate startsOn;
  private LocalDate endsOn;

  /** The programs a new cohort may belong to: the open ones, by name. */
  @PostConstruct
  void loadOpenPrograms() {
    openPrograms =
        programs.page(Listing.rows(0, MENU_SIZE).where("status", CohortStatus.OPEN)).items();
  }

  public void openProgram() {
    if (Messages.attempt("program-", () -> programs.open(programName, programDescription))) {
      Messages.info("cohorts.programOpened", programName);
      programName = programDescription = null;
      loadOpenPrograms();
    }
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
  }

  public void archive(ProgramSummary program) {
    if (Messages.attempt("program-", () -> programs.archive(program.id(), program.version()))) {
      Messages.info("cohorts.archived", program.name());
      loadOpenPrograms();
    }
  }

  public void restore(CohortSummary cohort) {
    if (Messages.attempt("cohort-", () -> cohorts.restore(cohort.id(), cohort.version()))) {
      Messages.info("cohorts.restored", cohort.name());
    }
  }

  public void restore(ProgramSummary program) {
    if (Messages.attempt("program-", () -> programs.restore(program.id(), program.version()))) {
      Messages.info("cohorts.restored", program.name());
      loadOpenPrograms();
    }
  }

  public ServiceTable<ProgramSummary> getPrograms() {
    return programTable;
  }

  public List<ProgramSummary> getOpenPrograms() {
    return openPrograms;
  }

  public ServiceTable<CohortSummary> getCohorts() {
    return cohortTable;
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
