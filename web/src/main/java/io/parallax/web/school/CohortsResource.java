package io.parallax.web.school;

import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cohorts of the caller's school. */
@Path("v1/cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
public class CohortsResource {

  @EJB Cohorts cohorts;

  @GET
  @Operation(summary = "The caller's school's cohorts, newest first")
  public List<CohortSummary> list() {
    return cohorts.list();
  }
}
