package io.parallax.web.audit;

import io.parallax.ejb.audit.AuditEntry;
import io.parallax.ejb.audit.AuditLog;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The school's audit trail, for its school admins: who read or changed which confidential record,
 * when, newest first; as JSON pages or, with {@code Accept: text/csv}, as one CSV file of every
 * matching entry.
 */
@Path("v1/audit")
@RequestScoped
@Tag(name = "Audit")
public class AuditResource {

  /** The most entries one CSV file holds. */
  static final int CSV_LIMIT = 100_000;

  @EJB AuditLog audit;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The school's audit trail, newest first (school admins)",
      description =
          "person: a member's id (who acted); kind: PRACTICE_SESSION, SUPERVISION_SESSION,"
              + " CALIBRATION_EXERCISE or MEMBER; record: a record's id; action: READ, CREATE,"
              + " UPDATE, DELETE, EXPORT or ERASE; from, to: days (both included).")
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
    Listing listing = filtered(Page.listing(page, size), person, kind, record, action, from, to);
    return Page.of(audit.page(listing).map(e -> AuditLine.of(e, words)), page, size);
  }

  @GET
  @Produces(AuditCsv.MEDIA_TYPE)
  @Operation(summary = "The school's audit trail as CSV (the same filters)")
  public Response csv(
      @QueryParam("person") String person,
      @QueryParam("kind") String kind,
      @QueryParam("record") String record,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders headers) {
    AuditWords words = AuditWords.in(Languages.of(headers));
    Listing first =
        filtered(Listing.rows(0, Listing.MAX_SIZE), person, kind, record, action, from, to);
    Slice<AuditEntry> firstPage = audit.page(first); // bad filters refused before streaming
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write(AuditCsv.heading(words));
          Slice<AuditEntry> slice = firstPage;
          int done = 0;
          while (!slice.items().isEmpty() && done < CSV_LIMIT) {
            for (AuditEntry entry : slice.items()) {
              writer.write(AuditCsv.row(entry, words, ZoneOffset.UTC));
            }
            done += slice.items().size();
            Listing next = filteredAt(first, done);
            slice = done >= slice.total() ? new Slice<>(java.util.List.of(), 0) : audit.page(next);
          }
          writer.flush();
        };
    return Response.ok(body, AuditCsv.MEDIA_TYPE + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
        .build();
  }

  static Listing filtered(
      Listing listing,
      String person,
      String kind,
      String record,
      String action,
      String from,
      String to) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("person", person);
    filters.put("kind", kind);
    filters.put("record", record);
    filters.put("action", action);
    filters.put("from", from);
    filters.put("to", to);
    return new Listing(listing.first(), listing.size(), null, false, filters);
  }

  private static Listing filteredAt(Listing listing, int first) {
    return new Listing(first, listing.size(), null, false, listing.filters());
  }
}
