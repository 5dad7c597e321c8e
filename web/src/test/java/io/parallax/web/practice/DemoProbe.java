package io.parallax.web.practice;

import io.parallax.demo.DemoSchoolData;
import io.parallax.domain.tenancy.CurrentSchool;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only: writes the demo school under a fresh id and reads, per demo trainee, what their portal
 * would draw from (for {@link TraineePortalIT}).
 */
@Stateless
public class DemoProbe {

  @EJB DemoSchoolData data;
  @PersistenceContext EntityManager em;

  public void write(String schoolId) throws Exception {
    CurrentSchool.callAs(schoolId, () -> data.write(schoolId, LocalDate.now()));
  }

  /**
   * Per trainee subject: months with sessions, contracts, shared contracting grades, shared stage
   * assessments, pro-bono sessions, three-cornered contracts.
   */
  public Map<String, List<Long>> perTrainee() {
    Map<String, List<Long>> figures = new LinkedHashMap<>();
    List<String> subjects =
        em.createQuery(
                "select p.subject from Person p where p.subject like 'demo-%'"
                    + " and p.displayName not in ('Alex Morgan', 'Sam Rivera', 'Priya Nair',"
                    + " 'Tom Becker') order by p.subject",
                String.class)
            .getResultList();
    for (String subject : subjects) {
      figures.put(
          subject,
          List.of(
              count(
                  "select count(distinct extract(month from s.heldOn)) from PracticeSession s"
                      + " where s.trainee.subject = :subject",
                  subject),
              count(
                  "select count(c) from EngagementContract c where c.client.trainee.subject ="
                      + " :subject",
                  subject),
              count(
                  "select count(a) from ContractingAssessment a where a.trainee.subject = :subject"
                      + " and a.sharedWithTrainee = true and a.signedOffAt is not null",
                  subject),
              count(
                  "select count(a) from StageAssessment a where a.trainee.subject = :subject"
                      + " and a.sharedWithTrainee = true and a.signedOffAt is not null",
                  subject),
              count(
                  "select count(s) from PracticeSession s where s.trainee.subject = :subject"
                      + " and s.paymentBasis ="
                      + " io.parallax.domain.practice.PaymentBasis.PRO_BONO",
                  subject),
              count(
                  "select count(c) from EngagementContract c where c.client.trainee.subject ="
                      + " :subject and c.threeCornered = true",
                  subject)));
    }
    return figures;
  }

  private long count(String jpql, String subject) {
    return em.createQuery(jpql, Long.class).setParameter("subject", subject).getSingleResult();
  }
}
