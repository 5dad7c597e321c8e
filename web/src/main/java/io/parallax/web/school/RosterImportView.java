package io.parallax.web.school;

import io.parallax.ejb.school.roster.RosterEntry;
import io.parallax.ejb.school.roster.RosterFiles;
import io.parallax.ejb.school.roster.RosterImports;
import io.parallax.ejb.school.roster.RosterOutcome;
import io.parallax.ejb.school.roster.RosterPreview;
import io.parallax.ejb.school.roster.RosterProblem;
import io.parallax.ejb.school.roster.RosterReport;
import io.parallax.ejb.school.roster.RosterTemplates;
import io.parallax.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The school admin's member import page: a file is checked (each row's problems at its cells,
 * nothing written), then its good rows are imported one after the other with the progress shown,
 * and the summary says what each row led to.
 */
@Named
@ViewScoped
public class RosterImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How long one step of the import runs before the page shows its progress. */
  private static final long STEP_MILLIS = 800;

  @EJB transient RosterImports imports;

  private transient Part file;
  private String fileName;
  private RosterPreview preview;
  private List<RosterEntry> queue = List.of();
  private final List<RosterOutcome> outcomes = new ArrayList<>();
  private boolean running;

  /** Reads and checks the uploaded file; nothing is imported yet. */
  public void check() {
    preview = null;
    outcomes.clear();
    running = false;
    byte[] content = content();
    if (content == null) {
      return;
    }
    preview = Messages.obtain("import-", () -> imports.preview(content));
    queue = preview == null ? List.of() : preview.queue();
  }

  /** Starts importing the checked file's good rows; the page then asks for {@link #step()}s. */
  public void start() {
    if (preview == null || queue.isEmpty() || running || isDone()) {
      return;
    }
    running = true;
    outcomes.clear();
    step();
  }

  /** Imports the next rows for a moment; tells the page whether more are to come. */
  public void step() {
    if (!running) {
      return;
    }
    long until = System.currentTimeMillis() + STEP_MILLIS;
    String language = Messages.locale().getLanguage();
    while (outcomes.size() < queue.size() && System.currentTimeMillis() < until) {
      outcomes.add(imports.importRow(queue.get(outcomes.size()), language));
    }
    running = outcomes.size() < queue.size();
    PrimeFaces.current().ajax().addCallbackParam("more", running);
  }

  private byte[] content() {
    if (file == null || file.getSize() == 0) {
      Messages.atField("import-file", Messages.text(Messages.COMMON, "import.file.required"));
      return null;
    }
    fileName = file.getSubmittedFileName();
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(RosterFiles.MAX_BYTES + 1);
    } catch (IOException unreadable) {
      Messages.atField("import-file", Messages.text(Messages.COMMON, "import.file.unreadable"));
      return null;
    }
  }

  public StreamedContent template(String format) {
    String language = Messages.locale().getLanguage();
    boolean xlsx = "xlsx".equals(format);
    byte[] content = xlsx ? RosterTemplates.xlsx(language) : RosterTemplates.csv(language);
    return DefaultStreamedContent.builder()
        .name(
            Messages.text(Messages.COMMON, "import.template.fileName") + (xlsx ? ".xlsx" : ".csv"))
        .contentType(
            xlsx ? RosterImportsResource.XLSX : RosterImportsResource.CSV + ";charset=UTF-8")
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public String message(RosterProblem problem) {
    return problem.message(Messages.locale());
  }

  public String columnName(RosterProblem problem) {
    return problem.columnName(Messages.locale());
  }

  public String refusal(RosterOutcome outcome) {
    return outcome.refusal(Messages.locale());
  }

  public List<String> getHeaders() {
    return RosterTemplates.headers(Messages.locale().getLanguage());
  }

  public String getIgnoredColumns() {
    return preview == null ? "" : String.join(", ", preview.ignored());
  }

  public List<RosterProblem> getProblems() {
    return preview == null ? List.of() : preview.problems();
  }

  public List<RosterEntry> getGoodRows() {
    return queue;
  }

  public List<RosterOutcome> getOutcomes() {
    return outcomes;
  }

  public RosterPreview getPreview() {
    return preview;
  }

  /** The summary once every good row is imported. */
  public RosterReport getReport() {
    return isDone() ? new RosterReport(preview, outcomes) : null;
  }

  public boolean isRunning() {
    return running;
  }

  public boolean isDone() {
    return preview != null && !queue.isEmpty() && outcomes.size() == queue.size();
  }

  public boolean isImportable() {
    return preview != null && !queue.isEmpty() && outcomes.isEmpty() && !running;
  }

  public int getProgress() {
    return queue.isEmpty() ? 0 : (int) (100L * outcomes.size() / queue.size());
  }

  public String getFileName() {
    return fileName;
  }

  public int getMaxRows() {
    return RosterFiles.MAX_ROWS;
  }

  public int getMaxMegabytes() {
    return RosterFiles.MAX_BYTES / (1024 * 1024);
  }

  public long getMaxBytes() {
    return RosterFiles.MAX_BYTES;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
