package io.parallax.web.audit;

import io.parallax.ejb.audit.AuditLog;
import io.parallax.web.api.Page;
import io.parallax.web.language.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read or changed the caller's own records, newest first (every member). */
@Path("v1/me/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class MyAuditResource {

  @EJB AuditLog audit;

  @GET
  @Operation(
      summary = "Who read or changed my records",
      description = "The filters of GET /v1/audit: person, kind, record, action, from, to.")
  public Page<AuditLine> list(
      @QueryParam("person") String person,
      @QueryParam("kind") String kind,
      @QueryParam("record") String record,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size,
      @Context HttpHeaders headers) {
    AuditWords words = AuditWords.in(Languages.of(headers));
    return Page.of(
        audit
            .mine(
                AuditResource.filtered(
                    Page.listing(page, size), person, kind, record, action, from, to))
            .map(e -> AuditLine.of(e, words)),
        page,
        size);
  }
}
