package io.parallax.demo.synthetic;

import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Signed-off contracting assessments over a school's generated history, for grading drift: every
 * {@code everyDays} days each supervisor grades each trainee assigned to them, citing the client
 * sessions since the previous grade. A grade is what the evidence predicts, {@code 1 + 4 × mean
 * rating} of the element (ABSENT 0, PARTIAL 0.5, CLEAR 1), plus noise, plus the supervisor's
 * planted offset (positive: lenient; negative: severe), rounded and kept within 1 to 5.
 * Deterministic for a seed.
 */
public final class GradingPlanter {

  /** The grading to plant: offsets by supervisor subject (others 0), noise, cadence, seed. */
  public record Spec(Map<String, Double> offsets, double noise, int everyDays, long seed) {

    /** One lenient (+1) and one severe (−1) supervisor, noise 0.5 grade points, every 14 days. */
    public static Spec lenientAndSevere(String lenient, String severe, long seed) {
      return new Spec(Map.of(lenient, 1.0, severe, -1.0), 0.5, 14, seed);
    }
  }

  private final EntityManager em;

  public GradingPlanter(EntityManager em) {
    this.em = em;
  }

  /** Grades over the last {@code days} days up to {@code today}; answers how many were written. */
  public int grade(Spec spec, LocalDate today, int days) {
    Random random = new Random(spec.seed());
    List<SupervisorAssignment> assignments =
        em.createQuery(
                "select a from SupervisorAssignment a join fetch a.supervisor join fetch a.trainee"
                    + " order by a.startsOn, a.id",
                SupervisorAssignment.class)
            .getResultList();
    int written = 0;
    for (SupervisorAssignment assignment : assignments) {
      double offset = spec.offsets().getOrDefault(assignment.supervisor().subject(), 0.0);
      LocalDate from = max(assignment.startsOn(), today.minusDays(days));
      for (LocalDate on = from.plusDays(spec.everyDays());
          on.isBefore(today) && assignment.covers(on);
          on = on.plusDays(spec.everyDays())) {
        List<PracticeSession> evidence =
            em.createNamedQuery(PracticeSession.OF_TRAINEE_BETWEEN, PracticeSession.class)
                .setParameter("trainee", assignment.trainee())
                .setParameter("from", on.minusDays(spec.everyDays() - 1L))
                .setParameter("to", on)
                .getResultList();
        if (evidence.size() >= 2) {
          em.persist(assessment(assignment, on, evidence, offset, spec.noise(), random));
          written++;
        }
      }
    }
    return written;
  }

  private static ContractingAssessment assessment(
      SupervisorAssignment assignment,
      LocalDate on,
      List<PracticeSession> evidence,
      double offset,
      double noise,
      Random random) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      double rating =
          evidence.stream()
              .mapToDouble(s -> s.ratings().rating(element).value())
              .average()
              .orElse(0);
      double grade = 1 + 4 * rating + offset + noise * random.nextGaussian();
      grades.put(element, (int) Math.max(1, Math.min(5, Math.round(grade))));
    }
    ContractingAssessment assessment =
        new ContractingAssessment(
            assignment,
            on,
            grades.get(ContractingElement.FOCUS),
            grades.get(ContractingElement.OUTCOME),
            grades.get(ContractingElement.APPROACH),
            grades.get(ContractingElement.PARTICIPATION));
    List<java.util.UUID> cited = new ArrayList<>();
    evidence.stream().limit(50).forEach(s -> cited.add(s.id()));
    assessment.citeEvidence(cited);
    assessment.signOff(Instant.now());
    return assessment;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
