package io.parallax.ejb.privacy;

import java.time.Instant;
import java.util.UUID;

/** A member after their erasure: their id, the pseudonym they are shown by, and when. */
public record ErasedMember(UUID id, String pseudonym, Instant erasedAt) {}
