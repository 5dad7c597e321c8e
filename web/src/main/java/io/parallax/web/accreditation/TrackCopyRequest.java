package io.parallax.web.accreditation;

import java.util.UUID;

/**
 * What to copy: a shipped standard by {@code code} (e.g. ICF_ACC), or else the school's own track
 * {@code fromTrack}; {@code name} blank keeps the original's.
 */
public class TrackCopyRequest {

  public String code;
  public UUID fromTrack;
  public String name;
}
