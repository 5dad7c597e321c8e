package io.parallax.web.view;

import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The landing page: what Parallax is, and the current school's cohorts. */
@Named
@RequestScoped
public class LandingView {

  @EJB Cohorts cohorts;

  private List<CohortSummary> schoolCohorts;

  @PostConstruct
  void load() {
    schoolCohorts = cohorts.list();
  }

  public List<CohortSummary> getCohorts() {
    return schoolCohorts;
  }
}
