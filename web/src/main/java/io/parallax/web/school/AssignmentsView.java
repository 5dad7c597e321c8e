package io.parallax.web.school;

import io.parallax.domain.school.MemberRole;
import io.parallax.ejb.school.AssignmentSummary;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.EnrolmentSummary;
import io.parallax.ejb.school.Enrolments;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import io.parallax.web.ServiceTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Who supervises whom, from when until when, and who is enrolled in which cohort: the school admin
 * assigns supervisors, ends assignments and enrols trainees.
 */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Members members;
  @EJB transient Cohorts cohorts;
  @EJB transient Enrolments enrolments;
  @Inject SchoolDay schoolDay;

  private final ServiceTable<AssignmentSummary> assignmentTable =
      new ServiceTable<>(listing -> members.assignmentPage(listing), AssignmentSummary::id);
  private final ServiceTable<EnrolmentSummary> enrolmentTable =
      new ServiceTable<>(listing -> members.enrolmentPage(listing), EnrolmentSummary::id);
  private List<MemberSummary> people;
  private List<CohortSummary> openCohorts;
  private String supervisorId;
  private String traineeId;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String cohortId;
  private String enrolTraineeId;
  private LocalDate enrolledOn;
  private EnrolmentSummary withdrawing;
  private LocalDate endedOn;
  private String endReason;

  /** The people and open cohorts the menus offer. */
  @PostConstruct
  void loadChoices() {
    startsOn = schoolDay.today();
    enrolledOn = schoolDay.today();
    people = members.list();
    openCohorts = cohorts.list().stream().filter(c -> c.status().name().equals("OPEN")).toList();
  }

  public void assign() {
    if (Messages.attempt(
        "assign-",
        () ->
            members.assignSupervisor(
                Messages.chosenId(supervisorId), Messages.chosenId(traineeId), startsOn, endsOn))) {
      Messages.info("assignments.assigned");
    }
  }

  public void endToday(AssignmentSummary assignment) {
    if (Messages.attempt(
        "assign-",
        () -> members.endAssignment(assignment.id(), assignment.version(), schoolDay.today()))) {
      Messages.info("assignments.ended", assignment.supervisor(), assignment.trainee());
    }
  }

  public void enrol() {
    if (Messages.attempt(
        "enrol-",
        () ->
            members.enrol(
                Messages.chosenId(cohortId), Messages.chosenId(enrolTraineeId), enrolledOn))) {
      Messages.info("assignments.enrolled");
    }
  }

  /** Opens the withdrawal form for {@code enrolment}, dated today. */
  public void startWithdrawal(EnrolmentSummary enrolment) {
    withdrawing = enrolment;
    endedOn = schoolDay.today();
    endReason = null;
  }

  public void withdraw() {
    if (withdrawing != null
        && Messages.attempt(
            "withdraw-",
            () ->
                enrolments.withdraw(withdrawing.id(), withdrawing.version(), endedOn, endReason))) {
      Messages.info("enrolments.withdrawn", withdrawing.trainee(), withdrawing.cohort());
      cancelWithdrawal();
    }
  }

  public void cancelWithdrawal() {
    withdrawing = null;
    endedOn = null;
    endReason = null;
  }

  public EnrolmentSummary getWithdrawing() {
    return withdrawing;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }

  public ServiceTable<AssignmentSummary> getAssignments() {
    return assignmentTable;
  }

  public ServiceTable<EnrolmentSummary> getEnrolments() {
    return enrolmentTable;
  }

  public List<MemberSummary> getSupervisors() {
    return people.stream().filter(m -> m.roles().contains(MemberRole.SUPERVISOR)).toList();
  }

  public List<MemberSummary> getTrainees() {
    return people.stream().filter(m -> m.roles().contains(MemberRole.TRAINEE)).toList();
  }

  public List<CohortSummary> getOpenCohorts() {
    return openCohorts;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public void setSupervisorId(String supervisorId) {
    this.supervisorId = supervisorId;
  }

  public String getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(String traineeId) {
    this.traineeId = traineeId;
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

  public String getCohortId() {
    return cohortId;
  }

  public void setCohortId(String cohortId) {
    this.cohortId = cohortId;
  }

  public String getEnrolTraineeId() {
    return enrolTraineeId;
  }

  public void setEnrolTraineeId(String enrolTraineeId) {
    this.enrolTraineeId = enrolTraineeId;
  }

  public LocalDate getEnrolledOn() {
    return enrolledOn;
  }

  public void setEnrolledOn(LocalDate enrolledOn) {
    this.enrolledOn = enrolledOn;
  }
}
