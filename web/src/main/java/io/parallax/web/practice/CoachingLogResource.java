package io.parallax.web.practice;

import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.practice.CoachingLog;
import io.parallax.ejb.practice.TraineeProgress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's coaching log, ICF style: per client code the first and last session dates and the
 * paid and pro-bono hours, then the totals. {@code /coaching-log} negotiates JSON, CSV or XLSX from
 * {@code Accept}; {@code .csv} and {@code .xlsx} name the format in the path (for links).
 */
@Path("v1/me")
@RequestScoped
@Tag(name = "My coaching log", description = "Coaching hours per client, as the ICF asks for them")
public class CoachingLogResource {

  @EJB TraineeProgress progress;
  @EJB Assessments assessments;
  @Context HttpHeaders headers;

  @GET
  @Path("coaching-log")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "My coaching log as JSON")
  @APIResponse(responseCode = "200", description = "Per client and total hours")
  public CoachingLog json() {
    return progress.coachingLog();
  }

  @GET
  @Path("coaching-log")
  @Produces(CoachingLogCsv.MEDIA_TYPE)
  @Operation(summary = "My coaching log as CSV (Accept: text/csv)")
  @APIResponse(responseCode = "200", description = "The log, one line per client, then totals")
  public Response csv() {
    return download(
        CoachingLogCsv.of(progress.coachingLog(), language()), CoachingLogCsv.MEDIA_TYPE, "csv");
  }

  @GET
  @Path("coaching-log")
  @Produces(CoachingLogXlsx.MEDIA_TYPE)
  @Operation(summary = "My coaching log as an Excel workbook (Accept: XLSX media type)")
  @APIResponse(responseCode = "200", description = "The log as one sheet")
  public Response xlsx() {
    return download(
        CoachingLogXlsx.of(progress.coachingLog(), language()), CoachingLogXlsx.MEDIA_TYPE, "xlsx");
  }

  @GET
  @Path("coaching-log.csv")
  @Produces(CoachingLogCsv.MEDIA_TYPE)
  @Operation(summary = "My coaching log as CSV")
  @APIResponse(responseCode = "200", description = "The log, one line per client, then totals")
  public Response csvFile() {
    return csv();
  }

  @GET
  @Path("coaching-log.xlsx")
  @Produces(CoachingLogXlsx.MEDIA_TYPE)
  @Operation(summary = "My coaching log as an Excel workbook")
  @APIResponse(responseCode = "200", description = "The log as one sheet")
  public Response xlsxFile() {
    return xlsx();
  }

  @GET
  @Path("progress.pdf")
  @Produces(ProgressReportFile.MEDIA_TYPE)
  @Operation(
      summary = "My progress report as PDF",
      description =
          "My practice by month with its charts, and the grades and stage assessments shared with"
              + " me; in the first language of Accept-Language that Parallax speaks.")
  @APIResponse(responseCode = "200", description = "The report")
  public Response progressPdf() {
    Locale language = language();
    return Response.ok(
            ProgressReportFile.of(progress, assessments, language), ProgressReportFile.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + ProgressReportFile.name(language) + "\"")
        .build();
  }

  /** The caller's first language in {@code Accept-Language} ({@code *} is none). */
  private Locale language() {
    return headers.getAcceptableLanguages().stream()
        .filter(l -> !"*".equals(l.getLanguage()))
        .findFirst()
        .orElse(null);
  }

  private static Response download(Object body, String type, String extension) {
    return Response.ok(body, type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"coaching-log." + extension + "\"")
        .build();
  }
}
