package io.parallax.web.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.ejb.school.DevelopmentalScales;
import io.parallax.ejb.school.DevelopmentalScales.ScaleSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The school's developmental scales: which one new stage assessments use (the default), and the
 * school's own scales. Existing assessments keep the scale they were made on.
 */
@Path("v1/scales")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Developmental scales")
public class ScalesResource {

  /** A level of the school's own scale: its name (at most 20 characters) and what it means. */
  public record NewLevel(String name, String description) {}

  /** The school's own ordered scale, lowest level first. */
  public record NewScale(
      @NotNull(message = "{parallax.scales.1}") String name,
      @NotNull(message = "{parallax.scales.2}") List<NewLevel> levels) {}

  /** Which scale becomes the default: a built-in kind, or one of the school's scales by id. */
  public record DefaultChoice(String kind, UUID scaleId) {}

  @EJB DevelopmentalScales scales;

  @GET
  @Operation(summary = "The school's scales, its default first")
  public List<ScaleSummary> list() {
    return scales.list();
  }

  @POST
  @Operation(summary = "Define the school's own scale; it becomes the default")
  public Response define(@Valid @NotNull(message = "{parallax.scales.3}") NewScale body) {
    ScaleSummary scale =
        scales.define(
            body.name(),
            body.levels().stream()
                .map(
                    level ->
                        level == null
                            ? null
                            : new DevelopmentalScale.Level(level.name(), level.description()))
                .toList());
    return Response.created(UriBuilder.fromPath("v1/scales").build()).entity(scale).build();
  }

  @POST
  @Path("default")
  @Operation(
      summary =
          "Make a scale the school's default: {\"kind\": \"EMCC\"} (IDM, EMCC, ICF, ENTRUSTMENT)"
              + " or {\"scaleId\": ...}")
  public ScaleSummary makeDefault(
      @Valid @NotNull(message = "{parallax.scales.4}") DefaultChoice body) {
    require(
        (body.kind() == null) != (body.scaleId() == null), "kind", "developmentalScales.choice");
    return body.kind() != null
        ? scales.makeDefault(body.kind())
        : scales.makeDefault(body.scaleId());
  }
}
