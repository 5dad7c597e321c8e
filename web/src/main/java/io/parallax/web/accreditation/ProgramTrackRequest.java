package io.parallax.web.accreditation;

import java.util.UUID;

/** The track a program leads to; null: none. */
public class ProgramTrackRequest {

  public UUID trackId;
}
