package io.parallax.web.school;

import io.parallax.ejb.school.ProgramSummary;
import io.parallax.ejb.school.Programs;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The school's programs (accreditation tracks). */
@Path("v1/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class ProgramsResource {

  /** A program's name and description. */
  public record ProgramFields(
      @NotNull(message = "{parallax.programsResource.1}") String name, String description) {}

  @EJB Programs programs;

  @GET
  @Operation(summary = "The school's programs, by name")
  public Page<ProgramSummary> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return Page.of(programs.page(Page.listing(page, size)), page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One program")
  public Response read(@PathParam("id") UUID id) {
    ProgramSummary program = programs.read(id);
    return Versions.ok(program, program.version());
  }

  @POST
  @Operation(summary = "Open a program")
  public Response open(
      @Valid @NotNull(message = "{parallax.programsResource.2}") ProgramFields body) {
    ProgramSummary program = programs.read(programs.open(body.name(), body.description()));
    return Versions.created(
        UriBuilder.fromPath("v1/programs/{id}").build(program.id()), program, program.version());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edit a program (If-Match: its ETag)")
  public ProgramSummary edit(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "{parallax.programsResource.2}") ProgramFields body) {
    return Versions.ifMatch(
        ifMatch, version -> programs.edit(id, version, body.name(), body.description()));
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a program: it opens no new cohorts")
  public ProgramSummary archive(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> programs.archive(id, version));
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Restore an archived program: it opens cohorts again")
  public ProgramSummary restore(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> programs.restore(id, version));
  }
}
