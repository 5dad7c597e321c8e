package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.export.AccreditationExports;
import io.parallax.ejb.accreditation.export.AccreditationFile;
import io.parallax.ejb.accreditation.export.AccreditationFile.Format;
import io.parallax.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The download buttons of the accreditation pages: the trainee's ICF client coaching log and
 * portfolio summary, the school admin's cohort readiness; in the page's language.
 */
@Named
@RequestScoped
public class AccreditationDownloads {

  @EJB AccreditationExports exports;

  /** The caller's ICF log; {@code format} {@code xlsx} or {@code csv}. */
  public StreamedContent icfLog(String format) {
    return file(() -> exports.icfCoachingLog(format(format), locale()));
  }

  public StreamedContent getPortfolio() {
    return file(() -> exports.portfolioSummary(locale()));
  }

  /** The readiness of the cohort the page shows; {@code format} {@code xlsx} or {@code csv}. */
  public StreamedContent cohort(String cohortId, String format) {
    return file(
        () -> exports.cohortReadiness(Messages.chosenId(cohortId), format(format), locale()));
  }

  private static StreamedContent file(Supplier<AccreditationFile> produce) {
    AccreditationFile file = produce.get();
    return DefaultStreamedContent.builder()
        .name(file.name())
        .contentType(
            AccreditationFile.CSV.equals(file.mediaType())
                ? file.mediaType() + "; charset=UTF-8"
                : file.mediaType())
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  private static Format format(String format) {
    return "csv".equalsIgnoreCase(format) ? Format.CSV : Format.XLSX;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
