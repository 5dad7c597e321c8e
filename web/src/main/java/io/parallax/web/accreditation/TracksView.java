package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.AccreditationTracks;
import io.parallax.ejb.accreditation.ProgramTrack;
import io.parallax.ejb.accreditation.TrackView;
import io.parallax.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The school admin's tracks page: the shipped standards with their source, the school's own tracks
 * (copy a standard, then adjust its figures), and the track each program leads to.
 */
@Named
@ViewScoped
public class TracksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AccreditationTracks tracks;

  private List<TrackView> standards = List.of();
  private List<TrackView> own = List.of();
  private List<ProgramRow> programs = List.of();

  private String copyCode;
  private String copyName;

  private String editing;
  private String editName;
  private long editVersion;
  private FiguresForm figures;

  @PostConstruct
  void load() {
    standards = tracks.standards();
    refresh();
    if (copyCode == null && !standards.isEmpty()) {
      copyCode = standards.get(0).code();
    }
  }

  private void refresh() {
    own = tracks.tracks();
    programs = tracks.programs().stream().map(ProgramRow::new).toList();
  }

  public void copy() {
    TrackView copy = Messages.obtain("copy-", () -> tracks.copy(copyCode, null, copyName));
    if (copy != null) {
      Messages.done(Messages.ADMIN, "tracks.copied", copy.name());
      copyName = null;
      refresh();
      open(copy);
    }
  }

  /** Opens a track's figures for adjusting. */
  public void edit(UUID id) {
    TrackView track = Messages.obtain("track-", () -> tracks.read(id));
    if (track != null) {
      open(track);
    }
  }

  private void open(TrackView track) {
    editing = track.id().toString();
    editName = track.name();
    editVersion = track.version();
    figures = FiguresForm.of(track.figures());
  }

  public void save() {
    UUID id = Messages.chosenId(editing);
    TrackView saved =
        Messages.obtain(
            "track-", () -> tracks.adjust(id, editVersion, editName, figures.figures()));
    if (saved != null) {
      Messages.done(Messages.ADMIN, "tracks.saved", saved.name());
      open(saved);
      refresh();
    }
  }

  public void leadTo(ProgramRow row) {
    ProgramTrack saved =
        Messages.obtain(
            "program-",
            () ->
                tracks.leadTo(
                    row.getProgramId(), row.getVersion(), Messages.chosenId(row.getTrackId())));
    if (saved != null) {
      Messages.done(Messages.ADMIN, "tracks.programSaved", saved.programName());
      refresh();
    }
  }

  public List<TrackView> getStandards() {
    return standards;
  }

  public List<TrackView> getOwn() {
    return own;
  }

  public List<ProgramRow> getPrograms() {
    return programs;
  }

  /** Figure {@code name} of {@code track}, for a table (EL 5 reads no record accessors by name). */
  public Integer figure(TrackView track, String name) {
    return FiguresForm.of(track.figures()).get(name);
  }

  /** The name of the shipped standard {@code code} (a track shows it, never the code). */
  public String standardName(String code) {
    return standards.stream()
        .filter(s -> s.code().equals(code))
        .map(TrackView::name)
        .findFirst()
        .orElse("");
  }

  public List<String> getFigureNames() {
    return FiguresForm.NAMES;
  }

  public String getCopyCode() {
    return copyCode;
  }

  public void setCopyCode(String copyCode) {
    this.copyCode = copyCode;
  }

  public String getCopyName() {
    return copyName;
  }

  public void setCopyName(String copyName) {
    this.copyName = copyName;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public FiguresForm getFigures() {
    return figures;
  }
}
