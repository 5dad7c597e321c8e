package io.parallax.web.privacy;

import io.parallax.ejb.privacy.ErasedMember;
import io.parallax.ejb.privacy.Erasure;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A school admin erases a departed (deactivated) member: an erasure is a new fact about the member,
 * so it is created with POST; the member record stays, under a pseudonym.
 */
@Path("v1/members/{id}/erasure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data rights")
public class ErasureResource {

  @EJB Erasure erasure;

  @POST
  @Operation(
      summary = "Erase a departed member",
      description =
          "Name, e-mail and account become a pseudonym, the confidential texts about them are"
              + " deleted, their Keycloak account is deleted; counts and scores stay. Only a"
              + " deactivated member; If-Match names the member's version. Cannot be undone.")
  @APIResponse(responseCode = "200", description = "Erased: the member's pseudonym")
  @APIResponse(responseCode = "400", description = "The member is still active (problem+json)")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  public ErasedMember erase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> erasure.erase(id, version));
  }
}
