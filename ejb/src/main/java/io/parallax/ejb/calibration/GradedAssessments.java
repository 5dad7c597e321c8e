package io.parallax.ejb.calibration;

import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.practice.PracticeSession;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what grading drift compares, in the school bound to the unit of work: of each contracting
 * assessment its latest signed-off version assessed in a period, with the mean rating per element
 * of the practice sessions it cites (deleted sessions left out; an assessment citing none left
 * out). Reads grades and ratings only, never a reflection or comment. A plain class on an {@link
 * EntityManager}, so the same reading runs in the container and on H2 in tests.
 */
public final class GradedAssessments {

  private static final int CHUNK = 500;

  private final EntityManager em;

  public GradedAssessments(EntityManager em) {
    this.em = em;
  }

  public List<GradedAssessment> between(LocalDate from, LocalDate to) {
    List<ContractingAssessment> assessments =
        em.createQuery(
                "select a from ContractingAssessment a join fetch a.supervisor"
                    + " where a.signedOffAt is not null and a.assessedOn between :from and :to"
                    + " and not exists (select n from ContractingAssessment n"
                    + " where n.previousVersion = a and n.signedOffAt is not null)"
                    + " order by a.assessedOn, a.id",
                ContractingAssessment.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<UUID, PracticeSession> sessions = sessions(assessments);
    List<GradedAssessment> graded = new ArrayList<>();
    for (ContractingAssessment a : assessments) {
      List<PracticeSession> cited =
          a.evidenceSessions().stream().map(sessions::get).filter(s -> s != null).toList();
      if (!cited.isEmpty()) {
        graded.add(graded(a, cited));
      }
    }
    return graded;
  }

  private static GradedAssessment graded(ContractingAssessment a, List<PracticeSession> cited) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, Double> evidence = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      grades.put(element, a.grade(element));
      evidence.put(
          element,
          cited.stream()
              .mapToDouble(s -> s.ratings().rating(element).value())
              .average()
              .orElseThrow());
    }
    return new GradedAssessment(a.id(), a.supervisor().id(), a.assessedOn(), grades, evidence);
  }

  private Map<UUID, PracticeSession> sessions(List<ContractingAssessment> assessments) {
    List<UUID> ids =
        assessments.stream().flatMap(a -> a.evidenceSessions().stream()).distinct().toList();
    Map<UUID, PracticeSession> sessions = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      em.createQuery(
              "select s from PracticeSession s where s.id in :ids and s.deletedAt is null",
              PracticeSession.class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
          .getResultList()
          .forEach(s -> sessions.put(s.id(), s));
    }
    return sessions;
  }
}
