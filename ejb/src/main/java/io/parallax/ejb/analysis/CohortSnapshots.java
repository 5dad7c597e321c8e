package io.parallax.ejb.analysis;

import io.parallax.domain.analysis.CohortSnapshot;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.school.Cohort;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The nightly snapshots of each cohort's figures ({@link CohortRollup}), school by school. Taking
 * them is the nightly job's (no caller: {@link NightlySnapshots} binds each school in turn);
 * reading them is a school admin's.
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class CohortSnapshots {

  @PersistenceContext EntityManager em;
  @Inject AnalysisSettings settings;

  /**
   * Takes the snapshot of {@code day} of every cohort of the bound school that has none for that
   * day yet, in a transaction of the school's own; answers how many it took.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int take(LocalDate day) {
    Map<UUID, CohortSnapshot> taken =
        em.createNamedQuery(CohortSnapshot.ON_DAY, CohortSnapshot.class)
            .setParameter("day", day)
            .getResultStream()
            .collect(Collectors.toMap(s -> s.cohort().id(), s -> s));
    CohortAnalysis analysis = new CohortAnalysis(em, settings);
    int count = 0;
    for (Cohort cohort : em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class).getResultList()) {
      if (!taken.containsKey(cohort.id())) {
        CohortRollup rollup =
            analysis.rollup(ReportScope.wholeCohort(cohort.id()), cohort.name(), day);
        em.persist(new CohortSnapshot(cohort, day, figures(rollup)));
        count++;
      }
    }
    return count;
  }

  /** A cohort of another school, or none, is "no such cohort", like every other report. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public List<SnapshotView> ofCohort(UUID cohortId) {
    if (cohortId == null || em.find(Cohort.class, cohortId) == null) {
      throw new NoSuchRecord("cohort");
    }
    return em.createNamedQuery(CohortSnapshot.OF_COHORT, CohortSnapshot.class)
        .setParameter("cohort", cohortId)
        .getResultStream()
        .map(SnapshotView::of)
        .toList();
  }

  static CohortSnapshot.Figures figures(CohortRollup rollup) {
    ContractingFigures client = rollup.window().client();
    ContractingFigures supervision = rollup.window().supervision();
    return new CohortSnapshot.Figures(
        (int) rollup.trainees(),
        (int) client.sessions(),
        client.meanScore(),
        (int) supervision.sessions(),
        supervision.meanScore(),
        client.clearShare().get(ContractingElement.FOCUS),
        client.clearShare().get(ContractingElement.OUTCOME),
        client.clearShare().get(ContractingElement.APPROACH),
        client.clearShare().get(ContractingElement.PARTICIPATION),
        client.anyDriftRate(),
        rollup.signals().get(SignalLevel.NONE).intValue(),
        rollup.signals().get(SignalLevel.POSSIBLE).intValue(),
        rollup.signals().get(SignalLevel.LIKELY).intValue(),
        rollup.modelling().effect(),
        rollup.stages().distributionText());
  }
}
