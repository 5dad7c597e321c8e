package io.parallax.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.ejb.accreditation.export.AccreditationFile;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The download's headers and the language an {@code Accept-Language} header picks. */
class AccreditationExportsResourceTest {

  @Test
  void theFirstLanguageOfTheHeaderIsTheDocumentsAndNoneOrABadOneIsNone() {
    assertThat(AccreditationExportsResource.language("de-DE, en;q=0.8")).isEqualTo(Locale.GERMANY);
    assertThat(AccreditationExportsResource.language("en;q=0.3, de;q=0.9").getLanguage())
        .isEqualTo("de");
    assertThat(AccreditationExportsResource.language("*")).isNull();
    assertThat(AccreditationExportsResource.language(null)).isNull();
    assertThat(AccreditationExportsResource.language("q=;;")).isNull();
  }

  @Test
  void aDownloadNamesItsFileAndACsvItsCharset() {
    Response csv =
        AccreditationExportsResource.download(
            new AccreditationFile("icf-coaching-log-2026-11-29.csv", "text/csv", new byte[] {1}));

    assertThat(csv.getHeaderString(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"icf-coaching-log-2026-11-29.csv\"");
    assertThat(csv.getMediaType().getParameters()).containsEntry("charset", "UTF-8");
  }
}
