package io.parallax.web.school;

import io.parallax.ejb.school.EnrolmentSummary;
import io.parallax.ejb.school.Enrolments;
import io.parallax.ejb.school.Members;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One enrolment: read it, or record that the trainee withdrew from the cohort. */
@Path("v1/enrolments/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments and enrolments")
public class EnrolmentsResource {

  /** The day a trainee withdrew (not after the school's today) and why. */
  public record Withdrawal(
      @NotNull(message = "{parallax.withdrawal.1}") LocalDate endedOn,
      @NotNull(message = "{parallax.withdrawal.2}") String reason) {}

  @EJB Members members;
  @EJB Enrolments enrolments;

  @GET
  @Operation(summary = "One enrolment, with its status (enrolled or withdrawn)")
  public Response read(@PathParam("id") UUID id) {
    EnrolmentSummary enrolment = members.enrolment(id);
    return Versions.ok(enrolment, enrolment.version());
  }

  @POST
  @Path("withdrawal")
  @Operation(
      summary = "The trainee withdrew on a day, for a reason (If-Match: the enrolment's ETag)")
  public EnrolmentSummary withdraw(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "{parallax.withdrawal.3}") Withdrawal body) {
    return Versions.ifMatch(
        ifMatch, version -> enrolments.withdraw(id, version, body.endedOn(), body.reason()));
  }
}
