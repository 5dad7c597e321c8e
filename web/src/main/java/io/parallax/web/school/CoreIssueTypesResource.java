package io.parallax.web.school;

import io.parallax.ejb.school.CoreIssueTypes;
import io.parallax.ejb.school.CoreIssueTypes.Kind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The school's core-issue taxonomy: every member reads it; school admins add kinds, rename them and
 * retire them (a retired kind stays on old records). Only an unused kind of the school's own can be
 * deleted.
 */
@Path("v1/core-issue-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Core issues")
public class CoreIssueTypesResource {

  /** A new kind: its code (e.g. PERFECTIONISM), name and optional description. */
  public record NewKind(
      @NotNull(message = "{parallax.coreIssues.1}") String code,
      @NotNull(message = "{parallax.coreIssues.2}") String label,
      String description) {}

  /** A kind's name and description. */
  public record KindFields(
      @NotNull(message = "{parallax.coreIssues.2}") String label, String description) {}

  @EJB CoreIssueTypes types;

  @GET
  @Operation(summary = "The taxonomy by code; ?offered=true leaves out the retired kinds")
  public List<Kind> list(@QueryParam("offered") boolean offered) {
    return offered ? types.offered() : types.list();
  }

  @POST
  @Operation(summary = "Add a kind of core issue")
  public Response add(@Valid @NotNull(message = "{parallax.coreIssues.3}") NewKind body) {
    types.add(body.code(), body.label(), body.description());
    String code = body.code().strip();
    Kind added = types.list().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    return Response.created(UriBuilder.fromPath("v1/core-issue-types/{code}").build(code))
        .entity(added)
        .build();
  }

  @PUT
  @Path("{code}")
  @Operation(summary = "Rename a kind and rewrite its description; its code stays")
  public Kind rename(
      @PathParam("code") String code,
      @Valid @NotNull(message = "{parallax.coreIssues.3}") KindFields body) {
    return types.rename(code, body.label(), body.description());
  }

  @POST
  @Path("{code}/retire")
  @Operation(summary = "Retire a kind: not offered on new records, kept on old ones")
  public Kind retire(@PathParam("code") String code) {
    return types.retire(code);
  }

  @POST
  @Path("{code}/reinstate")
  @Operation(summary = "Offer a retired kind again")
  public Kind reinstate(@PathParam("code") String code) {
    return types.reinstate(code);
  }

  @DELETE
  @Path("{code}")
  @Operation(summary = "Delete a kind the school added and no record names (else retire it)")
  public Response delete(@PathParam("code") String code) {
    types.delete(code);
    return Response.noContent().build();
  }
}
