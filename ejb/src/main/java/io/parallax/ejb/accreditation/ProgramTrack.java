package io.parallax.ejb.accreditation;

import java.io.Serializable;
import java.util.UUID;

/** A program and the track it leads to ({@code trackId} null: none named yet). */
public record ProgramTrack(
    UUID programId, String programName, UUID trackId, String trackName, long version)
    implements Serializable {}
