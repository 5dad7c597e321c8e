package io.parallax.web.privacy;

import io.parallax.ejb.privacy.DataExport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everything Parallax holds about the caller, as a ZIP of JSON and CSV files. */
@Path("v1/me/export")
@RequestScoped
@Tag(name = "Data rights")
public class MyDataResource {

  public static final String MEDIA_TYPE = "application/zip";
  public static final String FILE_NAME = "parallax-my-data.zip";

  @EJB DataExport export;

  @GET
  @Produces(MEDIA_TYPE)
  @Operation(
      summary = "Download my data",
      description =
          "A ZIP with one JSON and one CSV file per kind of record: member, enrolments,"
              + " supervisor-assignments, clients, contracts, practice-sessions,"
              + " supervision-sessions, contracting-assessments, stage-assessments, record-access."
              + " The download is audited.")
  public Response download() {
    return Response.ok(export.mine(), MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
        .build();
  }
}
