package io.parallax.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/audit.csv}: the audit trail as CSV for a link that cannot send an Accept header.
 */
@Path("v1/audit.csv")
@RequestScoped
@Tag(name = "Audit")
public class AuditCsvResource {

  @Inject AuditResource audit;

  @GET
  @Produces(AuditCsv.MEDIA_TYPE)
  @Operation(summary = "The school's audit trail as CSV (as GET /v1/audit with Accept text/csv)")
  public Response csv(
      @QueryParam("person") String person,
      @QueryParam("kind") String kind,
      @QueryParam("record") String record,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders headers) {
    return audit.csv(person, kind, record, action, from, to, headers);
  }
}
