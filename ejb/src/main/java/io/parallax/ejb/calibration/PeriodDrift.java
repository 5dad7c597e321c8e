package io.parallax.ejb.calibration;

import java.util.Optional;
import java.util.UUID;

/**
 * A supervisor's overall offset in an earlier and a later period and the change between them;
 * {@code drifted} when both periods have enough data and the offset moved by more than the margin.
 */
public record PeriodDrift(
    UUID supervisor, Offset before, Offset after, Optional<Double> change, boolean drifted) {}
