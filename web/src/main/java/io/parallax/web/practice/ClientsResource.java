package io.parallax.web.practice;

import io.parallax.ejb.practice.ClientView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own clients, known by pseudonymous codes only. */
@Path("v1/me/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My clients", description = "A trainee's clients: pseudonymous codes, never contacts")
public class ClientsResource {

  @EJB PracticeSessions sessions;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "My clients by code, one page")
  @APIResponse(responseCode = "200", description = "One page of clients")
  @APIResponse(responseCode = "400", description = "A bad page or size")
  public Page<ClientView> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return Page.of(sessions.clients(Page.listing(page, size)), page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my clients")
  @APIResponse(responseCode = "200", description = "The client; ETag is its version")
  @APIResponse(responseCode = "404", description = "No such client of mine")
  public Response read(@PathParam("id") UUID id) {
    ClientView client = sessions.client(id);
    return Versions.ok(client, client.version());
  }

  @POST
  @Operation(summary = "Add a client under a pseudonymous code")
  @APIResponse(responseCode = "201", description = "Added; Location names it")
  @APIResponse(
      responseCode = "400",
      description = "Bad input (e.g. an e-mail address or phone number as code)")
  public Response add(
      @Valid @NotNull(message = "{parallax.clientsResource.1}") ClientRequest client) {
    UUID id = sessions.addClient(client.code, client.paymentBasis, client.sponsored);
    ClientView added = sessions.client(id);
    return Versions.created(
        uri.getAbsolutePathBuilder().path(id.toString()).build(), added, added.version());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise one of my clients at the version I read (If-Match)")
  @APIResponse(responseCode = "200", description = "Revised; ETag is the new version")
  @APIResponse(responseCode = "400", description = "Bad input: errors names each bad field")
  @APIResponse(responseCode = "404", description = "No such client of mine")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response revise(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{parallax.clientsResource.1}") ClientRequest client) {
    ClientView revised =
        Versions.ifMatch(
            ifMatch,
            version ->
                sessions.reviseClient(
                    id, version, client.code, client.paymentBasis, client.sponsored));
    return Versions.ok(revised, revised.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a client added by mistake (only without sessions or contracts)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "400", description = "The client has sessions or contracts")
  @APIResponse(responseCode = "404", description = "No such client of mine")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing removed")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response remove(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.deleteIfMatch(ifMatch, version -> sessions.removeClient(id, version));
  }
}
