package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.ProgramTrack;
import java.io.Serializable;
import java.util.UUID;

/** A program on the tracks page, with the track chosen for it (an id as text; empty: none). */
public class ProgramRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final UUID programId;
  private final String programName;
  private final long version;
  private String trackId;

  ProgramRow(ProgramTrack p) {
    this.programId = p.programId();
    this.programName = p.programName();
    this.version = p.version();
    this.trackId = p.trackId() == null ? "" : p.trackId().toString();
  }

  public UUID getProgramId() {
    return programId;
  }

  public String getProgramName() {
    return programName;
  }

  public long getVersion() {
    return version;
  }

  public String getTrackId() {
    return trackId;
  }

  public void setTrackId(String trackId) {
    this.trackId = trackId;
  }
}
