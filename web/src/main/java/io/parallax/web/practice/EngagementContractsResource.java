package io.parallax.web.practice;

import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.practice.EngagementContractView;
import io.parallax.ejb.practice.EngagementContracts;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The engagement contracts of the caller's own clients: administrative, professional and
 * psychological levels, the sponsor of a three-cornered contract, and the integrity rating.
 */
@Path("v1/me/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My contracts", description = "Engagement contracts with a trainee's own clients")
public class EngagementContractsResource {

  @EJB EngagementContracts contracts;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "My contracts (of one client, or of all), latest first per client")
  @APIResponse(responseCode = "200", description = "One page of contracts")
  @APIResponse(responseCode = "400", description = "A bad page, size or client")
  @APIResponse(responseCode = "404", description = "No such client of mine")
  public Page<EngagementContractView> list(
      @Parameter(description = "Only this client's contracts") @QueryParam("client") String client,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Listing listing = Page.listing(page, size);
    return Page.of(
        client == null || client.isBlank()
            ? contracts.mine(listing)
            : contracts.ofClient(id(client), listing),
        page,
        size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my contracts")
  @APIResponse(responseCode = "200", description = "The contract; ETag is its version")
  @APIResponse(responseCode = "404", description = "No such contract of mine")
  public Response read(@PathParam("id") UUID id) {
    EngagementContractView contract = contracts.read(id);
    return Versions.ok(contract, contract.version());
  }

  @POST
  @Operation(summary = "Record the contract agreed with one of my clients (clientId)")
  @APIResponse(responseCode = "201", description = "Recorded; Location names it")
  @APIResponse(responseCode = "400", description = "Bad input: errors names each bad field")
  @APIResponse(responseCode = "404", description = "No such client of mine")
  public Response agree(
      @Valid @NotNull(message = "{parallax.engagementContractsResource.1}") ContractRequest c) {
    EngagementContractView agreed =
        contracts.agree(
            c.clientId,
            c.agreedOn,
            c.administrative,
            c.professional,
            c.psychological,
            c.threeCornered,
            c.sponsor,
            c.integrity);
    return Versions.created(
        uri.getAbsolutePathBuilder().path(agreed.id().toString()).build(),
        agreed,
        agreed.version());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise one of my contracts at the version I read (If-Match)")
  @APIResponse(responseCode = "200", description = "Revised; ETag is the new version")
  @APIResponse(responseCode = "400", description = "Bad input: errors names each bad field")
  @APIResponse(responseCode = "404", description = "No such contract of mine")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response revise(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{parallax.engagementContractsResource.1}") ContractRequest c) {
    EngagementContractView revised =
        Versions.ifMatch(
            ifMatch,
            version ->
                contracts.revise(
                    id,
                    version,
                    c.agreedOn,
                    c.administrative,
                    c.professional,
                    c.psychological,
                    c.threeCornered,
                    c.sponsor,
                    c.integrity));
    return Versions.ok(revised, revised.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a contract recorded by mistake")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such contract of mine")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing removed")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response remove(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.deleteIfMatch(ifMatch, version -> contracts.remove(id, version));
  }

  private static UUID id(String client) {
    try {
      return UUID.fromString(client.strip());
    } catch (IllegalArgumentException e) {
      throw new Page.InvalidParameter("client", "client is the id of one of your clients.");
    }
  }
}
