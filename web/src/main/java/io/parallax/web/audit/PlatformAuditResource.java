package io.parallax.web.audit;

import io.parallax.ejb.audit.PlatformAudit;
import io.parallax.ejb.audit.PlatformAuditEntry;
import io.parallax.ejb.listing.Listing;
import io.parallax.web.api.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What platform admins did across schools, newest first (platform admins only). */
@Path("v1/platform/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class PlatformAuditResource {

  @EJB PlatformAudit audit;

  @GET
  @Operation(
      summary = "Platform admin actions: onboard, suspend, reactivate, reads of schools",
      description =
          "school: a part of a school's id; action: ONBOARD, SUSPEND, REACTIVATE, READ or LIST;"
              + " from, to: days (both included).")
  public Page<PlatformAuditEntry> list(
      @QueryParam("school") String school,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Listing listing = Page.listing(page, size);
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("school", school);
    filters.put("action", action);
    filters.put("from", from);
    filters.put("to", to);
    return Page.of(
        audit.page(new Listing(listing.first(), listing.size(), null, false, filters)), page, size);
  }
}
