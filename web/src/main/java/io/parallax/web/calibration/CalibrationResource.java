package io.parallax.web.calibration;

import io.parallax.ejb.calibration.CalibrationExercises;
import io.parallax.ejb.calibration.ConsistencyReport;
import io.parallax.ejb.calibration.ExerciseViews.CaseGrade;
import io.parallax.ejb.calibration.ExerciseViews.Choice;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseMaterial;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseResults;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseSummary;
import io.parallax.ejb.calibration.ExerciseViews.HistoryPoint;
import io.parallax.ejb.calibration.GradingConsistency;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Calibration rounds and grading consistency: school admins create and follow exercises and read
 * every supervisor's consistency; supervisors grade their exercises blind and read their own
 * consistency beside an unnamed spread of their peers'.
 */
@Path("v1/calibration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calibration", description = "Calibration rounds, agreement and grading drift")
@APIResponse(responseCode = "400", description = "A bad field or parameter, named in the problem")
@APIResponse(responseCode = "403", description = "Not a school admin or supervisor")
public class CalibrationResource {

  static final String EXERCISES = "v1/calibration/exercises";

  @EJB CalibrationExercises exercises;
  @EJB GradingConsistency consistency;

  @POST
  @Path("exercises")
  @Operation(
      summary = "Create an exercise (school admins)",
      description =
          "From practice sessions (shown anonymised: no client, trainee, date or reflection;"
              + " ratings and evidence lines only with showRatings) and/or a vignette, for two or"
              + " more supervisors, with a deadline.")
  @APIResponse(responseCode = "201", description = "Created; Location names it")
  public Response create(
      @NotNull(message = "{parallax.calibration.1}") @Valid NewExercise request) {
    ExerciseSummary created =
        exercises.create(
            request.title(),
            request.deadline(),
            request.practiceSessions(),
            request.vignette(),
            request.transcript(),
            request.showRatings(),
            request.supervisors());
    return Response.created(URI.create(EXERCISES + "/" + created.id())).entity(created).build();
  }

  @GET
  @Path("exercises")
  @Operation(summary = "The school's exercises (admins) or the caller's own (supervisors)")
  @APIResponse(responseCode = "200", description = "Latest deadline first")
  public List<ExerciseSummary> list() {
    return exercises.list();
  }

  @GET
  @Path("exercises/{id}")
  @Operation(summary = "An exercise's anonymised material and the caller's own grades (audited)")
  @APIResponse(responseCode = "200", description = "The material")
  @APIResponse(responseCode = "404", description = "No such exercise for the caller")
  public ExerciseMaterial material(@PathParam("id") UUID id) {
    return exercises.material(id);
  }

  @PUT
  @Path("exercises/{id}/cases/{case}/grade")
  @Operation(
      summary = "Grade one case blind (supervisors of the exercise); replaces an earlier one")
  @APIResponse(responseCode = "200", description = "Graded")
  @APIResponse(responseCode = "404", description = "No such exercise for the caller")
  @APIResponse(responseCode = "409", description = "Past the deadline, or the results are open")
  public CaseGrade grade(
      @PathParam("id") UUID id,
      @Parameter(description = "the case, from 0") @PathParam("case") int caseIndex,
      @NotNull(message = "{parallax.calibration.2}") @Valid CaseGradeRequest request) {
    return exercises.grade(id, caseIndex, request.byElement(), request.rationale());
  }

  @GET
  @Path("exercises/{id}/results")
  @Operation(
      summary = "The results, once open",
      description =
          "Each supervisor's grades beside the group's median, their offset from it, and the"
              + " agreement: Krippendorff's alpha (ordinal) per element and overall, mean pairwise"
              + " weighted kappa. Supervisors read 'you' and unnamed peers.")
  @APIResponse(responseCode = "200", description = "The results")
  @APIResponse(responseCode = "404", description = "No such exercise for the caller")
  @APIResponse(responseCode = "409", description = "Not open yet: grading is blind until then")
  public ExerciseResults results(@PathParam("id") UUID id) {
    return exercises.results(id);
  }

  @GET
  @Path("history")
  @Operation(summary = "Overall agreement of each exercise with open results (school admins)")
  @APIResponse(responseCode = "200", description = "Oldest deadline first")
  public List<HistoryPoint> history() {
    return exercises.history();
  }

  @GET
  @Path("choices/supervisors")
  @Operation(summary = "The school's active supervisors, to choose from (school admins)")
  public List<Choice> supervisorChoices() {
    return exercises.supervisorChoices();
  }

  @GET
  @Path("choices/sessions")
  @Operation(summary = "The school's latest practice sessions, to choose from (school admins)")
  public List<Choice> sessionChoices() {
    return exercises.sessionChoices();
  }

  @GET
  @Path("consistency")
  @Operation(
      summary = "Grading consistency",
      description =
          "Each supervisor's offset from the grade the cited evidence predicts, overall and per"
              + " element, with its interval, LENIENT / SEVERE / CONSISTENT / NOT_ENOUGH_DATA, the"
              + " assessments behind it, and the change across 'since'. Admins read every"
              + " supervisor; a supervisor their own row and peers' unnamed spread.")
  @APIResponse(responseCode = "200", description = "The report")
  public ConsistencyReport consistency(
      @Parameter(description = "first day (default: 12 months back)") @QueryParam("from")
          LocalDate from,
      @Parameter(description = "last day (default: today)") @QueryParam("to") LocalDate to,
      @Parameter(description = "drift is measured across this day (default: mid-period)")
          @QueryParam("since")
          LocalDate since) {
    return consistency.report(from, to, since);
  }
}
