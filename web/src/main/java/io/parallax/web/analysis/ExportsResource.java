package io.parallax.web.analysis;

import io.parallax.domain.analysis.ExportFormat;
import io.parallax.ejb.analysis.ExportFile;
import io.parallax.ejb.analysis.ExportView;
import io.parallax.ejb.analysis.ReportExports;
import io.parallax.web.api.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cohort report exports (CSV, XLSX, PDF with charts), produced in the background: ask for one, poll
 * its progress, download the file when it is ready. Each member sees only their own.
 */
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report exports", description = "Cohort report files produced in the background")
@APIResponse(responseCode = "403", description = "Not a school admin or supervisor")
@APIResponse(responseCode = "404", description = "No such cohort or export for the caller")
public class ExportsResource {

  @EJB ReportExports exports;

  @POST
  @Path("cohorts/{cohort}/exports")
  @Operation(summary = "Ask for a cohort report file; it is produced in the background")
  @APIResponse(responseCode = "202", description = "Accepted: poll the Location for progress")
  @APIResponse(responseCode = "400", description = "format is not CSV, XLSX or PDF")
  public Response request(
      @PathParam("cohort") UUID cohort,
      @Parameter(description = "CSV, XLSX or PDF", required = true) @QueryParam("format")
          String format,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    ExportView export =
        exports.request(cohort, format(format), first(headers.getAcceptableLanguages()));
    return Response.accepted(export)
        .location(uri.getBaseUriBuilder().path("v1/reports/exports/{id}").build(export.id()))
        .build();
  }

  @GET
  @Path("exports")
  @Operation(summary = "The caller's latest exports, newest first")
  @APIResponse(responseCode = "200", description = "The exports, without their files")
  public List<ExportView> mine() {
    return exports.mine();
  }

  @GET
  @Path("exports/{export}")
  @Operation(summary = "An export's status and progress (0-100)")
  @APIResponse(responseCode = "200", description = "QUEUED, RUNNING, READY or FAILED")
  public ExportView status(@PathParam("export") UUID export) {
    return exports.status(export);
  }

  @GET
  @Path("exports/{export}/file")
  @Produces({
    "application/zip",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/pdf"
  })
  @Operation(summary = "Download a ready export's file")
  @APIResponse(responseCode = "200", description = "The file")
  public Response file(@PathParam("export") UUID export) {
    ExportFile file = exports.download(export);
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  /** The caller's first language, if they named one ({@code *} is none). */
  private static Locale first(List<Locale> languages) {
    return languages.stream().filter(l -> !"*".equals(l.getLanguage())).findFirst().orElse(null);
  }

  private static ExportFormat format(String value) {
    try {
      return ExportFormat.valueOf(value == null ? "" : value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new Page.InvalidParameter(
          "format", "format is CSV, XLSX or PDF (not '" + value + "').");
    }
  }
}
