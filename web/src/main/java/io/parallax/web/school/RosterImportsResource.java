package io.parallax.web.school;

import io.parallax.ejb.school.roster.RosterFiles;
import io.parallax.ejb.school.roster.RosterImports;
import io.parallax.ejb.school.roster.RosterOutcome;
import io.parallax.ejb.school.roster.RosterPreview;
import io.parallax.ejb.school.roster.RosterProblem;
import io.parallax.ejb.school.roster.RosterReport;
import io.parallax.web.language.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The member import of the caller's school: a CSV or XLSX file of trainees and supervisors sent as
 * the request body, checked (preview) or imported. School admins only.
 */
@Path("v1/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({
  RosterImportsResource.CSV,
  MediaType.TEXT_PLAIN,
  RosterImportsResource.XLSX,
  MediaType.APPLICATION_OCTET_STREAM
})
@Tag(name = "Member import")
public class RosterImportsResource {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String FILE =
      "The file as the body: CSV (text/csv, UTF-8 or Windows-1252, commas, semicolons or tabs) or"
          + " XLSX, at most 1 MB and 500 rows; a header row naming the columns in English or German:"
          + " email, first name, last name, roles (trainee, supervisor), and optionally cohort"
          + " (an open cohort's name), supervisor (their e-mail) and initial training ended on.";

  /** One cell's problem: its row (the header is row 1), its column, and what is wrong. */
  public record CellProblem(int row, String column, String columnName, String message) {}

  /** What the import would do: the rows it would import and each problem of the others. */
  public record Preview(
      int rows,
      long good,
      long refused,
      List<String> columns,
      List<String> ignoredColumns,
      List<CellProblem> problems) {}

  /** What one good row led to. */
  public record RowOutcome(
      int row,
      String email,
      String result,
      boolean invited,
      boolean enrolled,
      boolean assigned,
      String message) {}

  /** What the import did: rows that created something, were all there already, or were refused. */
  public record Report(
      long created,
      long unchanged,
      long refused,
      List<CellProblem> problems,
      List<RowOutcome> rows) {}

  @EJB RosterImports imports;
  @Context HttpHeaders headers;

  @POST
  @Path("preview")
  @Operation(
      summary = "Check a member import file without importing anything",
      description = "Lists each problem at its row and column. " + FILE)
  @RequestBody(description = FILE)
  @APIResponse(responseCode = "200", description = "The rows and their problems")
  @APIResponse(
      responseCode = "400",
      description = "The file cannot be read: empty, too large, not CSV or XLSX (problem+json)")
  @APIResponse(responseCode = "403", description = "Only school admins import members")
  public Preview preview(InputStream body) throws IOException {
    return preview(imports.preview(bounded(body)), Languages.of(headers));
  }

  @POST
  @Operation(
      summary = "Import members: invite, enrol and assign the good rows of a file",
      description =
          "Each row is all or nothing; rows with problems are refused and listed. Idempotent by"
              + " e-mail: a member, enrolment or current assignment that exists is left as it is. "
              + FILE)
  @RequestBody(description = FILE)
  @APIResponse(responseCode = "200", description = "What each row led to")
  @APIResponse(
      responseCode = "400",
      description = "The file cannot be read: empty, too large, not CSV or XLSX (problem+json)")
  @APIResponse(responseCode = "403", description = "Only school admins import members")
  public Report importFile(InputStream body) throws IOException {
    Locale locale = Languages.of(headers);
    RosterReport report = imports.importFile(bounded(body), locale.getLanguage());
    return new Report(
        report.created(),
        report.unchanged(),
        report.refused(),
        problems(report.preview(), locale),
        report.outcomes().stream().map(o -> outcome(o, locale)).toList());
  }

  static Preview preview(RosterPreview preview, Locale locale) {
    return new Preview(
        preview.entries().size(),
        preview.good(),
        preview.refused(),
        preview.columns().stream().map(Enum::name).toList(),
        preview.ignored(),
        problems(preview, locale));
  }

  private static List<CellProblem> problems(RosterPreview preview, Locale locale) {
    return preview.problems().stream().map(p -> problem(p, locale)).toList();
  }

  private static CellProblem problem(RosterProblem problem, Locale locale) {
    return new CellProblem(
        problem.row(),
        problem.column().name(),
        problem.columnName(locale),
        problem.message(locale));
  }

  private static RowOutcome outcome(RosterOutcome outcome, Locale locale) {
    return new RowOutcome(
        outcome.row(),
        outcome.email(),
        outcome.result().name(),
        outcome.invited(),
        outcome.enrolled(),
        outcome.assigned(),
        outcome.refusal(locale));
  }

  /**
   * The body, kept no further than one byte past the largest file (which is then refused); the rest
   * of a too-large body is read and thrown away, up to {@value #DRAINED} bytes, so that a client
   * that sends its whole body before reading gets the refusal instead of a closed connection.
   */
  private static byte[] bounded(InputStream body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    byte[] kept = body.readNBytes(RosterFiles.MAX_BYTES + 1);
    long drained = 0;
    while (kept.length > RosterFiles.MAX_BYTES && drained < DRAINED) {
      long skipped = body.skip(DRAINED - drained);
      if (skipped <= 0 && body.read() < 0) {
        break;
      }
      drained += Math.max(skipped, 1);
    }
    return kept;
  }

  private static final long DRAINED = 16_000_000;
}
