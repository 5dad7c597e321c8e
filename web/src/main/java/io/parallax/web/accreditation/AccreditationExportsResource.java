package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.export.AccreditationExports;
import io.parallax.ejb.accreditation.export.AccreditationFile;
import io.parallax.ejb.accreditation.export.AccreditationFile.Format;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The accreditation exports as downloads: a trainee's ICF client coaching log and portfolio
 * summary, a school admin's cohort readiness; in the first language of {@code Accept-Language} that
 * Parallax speaks (else English). Each download is audited.
 */
@Path("v1/accreditation/exports")
@RequestScoped
@Tag(
    name = "Accreditation exports",
    description = "What a trainee hands to the credentialing body; a cohort's readiness")
@APIResponse(responseCode = "403", description = "Not allowed for the caller's role")
public class AccreditationExportsResource {

  @EJB AccreditationExports exports;

  @GET
  @Path("icf-coaching-log.xlsx")
  @Produces(AccreditationFile.XLSX)
  @Operation(
      summary = "My ICF client coaching log as an Excel workbook (trainees)",
      description =
          "One row per client code and per individual or group coaching: start and end date,"
              + " paid and pro-bono hours, number in the group. Approved hours only, then a sheet"
              + " of the hours waiting for approval or not submitted, and a sheet saying what the"
              + " log is. The Client Name and Contact Information columns are empty: client"
              + " identities never enter Parallax, the coach fills them in.")
  @APIResponse(responseCode = "200", description = "The workbook, named after today's date")
  public Response icfLogXlsx(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages) {
    return download(exports.icfCoachingLog(Format.XLSX, language(languages)));
  }

  @GET
  @Path("icf-coaching-log.csv")
  @Produces(AccreditationFile.CSV)
  @Operation(
      summary = "My ICF client coaching log as CSV (trainees)",
      description =
          "The approved rows, their total, and a last line saying how many hours wait for"
              + " approval or were not submitted. UTF-8, dates ISO, hours with a point.")
  @APIResponse(responseCode = "200", description = "The CSV file")
  public Response icfLogCsv(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages) {
    return download(exports.icfCoachingLog(Format.CSV, language(languages)));
  }

  @GET
  @Path("portfolio-summary.pdf")
  @Produces(AccreditationFile.PDF)
  @Operation(
      summary = "My portfolio summary as PDF (trainees)",
      description =
          "The track and each requirement (approved hours, the unapproved beside them), client"
              + " hours and clients, supervision by quarter, mentor coaching, CPD and the periods"
              + " the supervisor approved.")
  @APIResponse(responseCode = "200", description = "The PDF")
  public Response portfolio(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages) {
    return download(exports.portfolioSummary(language(languages)));
  }

  @GET
  @Path("cohorts/{id}/readiness.xlsx")
  @Produces(AccreditationFile.XLSX)
  @Operation(summary = "A cohort's readiness as an Excel workbook (school admins)")
  @APIResponse(responseCode = "200", description = "One row per enrolled trainee")
  @APIResponse(responseCode = "404", description = "No such cohort in the caller's school")
  public Response cohortXlsx(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages) {
    return download(exports.cohortReadiness(id, Format.XLSX, language(languages)));
  }

  @GET
  @Path("cohorts/{id}/readiness.csv")
  @Produces(AccreditationFile.CSV)
  @Operation(summary = "A cohort's readiness as CSV (school admins)")
  @APIResponse(responseCode = "200", description = "One row per enrolled trainee")
  @APIResponse(responseCode = "404", description = "No such cohort in the caller's school")
  public Response cohortCsv(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages) {
    return download(exports.cohortReadiness(id, Format.CSV, language(languages)));
  }

  static Response download(AccreditationFile file) {
    String type =
        AccreditationFile.CSV.equals(file.mediaType())
            ? file.mediaType() + "; charset=UTF-8"
            : file.mediaType();
    return Response.ok(file.content(), type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
        .build();
  }

  /** The first language of an {@code Accept-Language} header ({@code *} or a bad one: none). */
  static Locale language(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .map(Locale.LanguageRange::getRange)
          .filter(range -> !range.startsWith("*"))
          .map(Locale::forLanguageTag)
          .findFirst()
          .orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
