package io.parallax.ejb.assessment;

import io.parallax.domain.assessment.Assessment;
import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The versions of the current school's assessments, of both kinds: which one an id names, which is
 * current, which was last signed off. Used inside {@link Assessments}, where the school is bound.
 */
@RequestScoped
public class AssessmentHistory {

  @PersistenceContext EntityManager em;

  /** The assessment of either kind with {@code id}; null when there is none in the school. */
  public Assessment find(UUID id) {
    if (id == null) {
      return null;
    }
    ContractingAssessment contracting = em.find(ContractingAssessment.class, id);
    return contracting != null ? contracting : em.find(StageAssessment.class, id);
  }

  /** Whether a newer version corrects {@code assessment}. */
  public boolean isCorrected(Assessment assessment) {
    return em.createQuery(
                "select count(n) from "
                    + (assessment instanceof ContractingAssessment
                        ? "ContractingAssessment"
                        : "StageAssessment")
                    + " n where n.previousVersion = :previous",
                Long.class)
            .setParameter("previous", assessment)
            .getSingleResult()
        > 0;
  }

  /** The latest version of each of the trainee's assessments, of both kinds. */
  public List<Assessment> current(Person trainee) {
    return Stream.concat(
            em.createNamedQuery(
                    ContractingAssessment.CURRENT_OF_TRAINEE, ContractingAssessment.class)
                .setParameter("trainee", trainee)
                .getResultStream(),
            em.createNamedQuery(StageAssessment.CURRENT_OF_TRAINEE, StageAssessment.class)
                .setParameter("trainee", trainee)
                .getResultStream())
        .map(Assessment.class::cast)
        .toList();
  }

  /** {@code current} if it is signed off, else the latest signed-off version it corrects. */
  public Optional<Assessment> latestSignedOff(Assessment current) {
    Optional<? extends Assessment> version = Optional.of(current);
    while (version.isPresent() && !version.get().isSignedOff()) {
      version = previous(version.get());
    }
    return version.map(Assessment.class::cast);
  }

  /** {@code assessment} and the versions it corrects, oldest first. */
  public List<Assessment> versions(Assessment assessment) {
    LinkedList<Assessment> versions = new LinkedList<>();
    Optional<? extends Assessment> version = Optional.of(assessment);
    while (version.isPresent()) {
      versions.addFirst(version.get());
      version = previous(version.get());
    }
    return List.copyOf(versions);
  }

  /** Whether {@code trainee} was ever assigned to {@code supervisor}. */
  public boolean everAssigned(Person supervisor, Person trainee) {
    return !em.createNamedQuery(SupervisorAssignment.OF_PAIR, SupervisorAssignment.class)
        .setParameter("supervisor", supervisor)
        .setParameter("trainee", trainee)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static Optional<? extends Assessment> previous(Assessment assessment) {
    return assessment instanceof ContractingAssessment contracting
        ? contracting.previousVersion()
        : ((StageAssessment) assessment).previousVersion();
  }
}
