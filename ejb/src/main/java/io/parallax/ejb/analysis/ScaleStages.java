package io.parallax.ejb.analysis;

import io.parallax.domain.assessment.ScaleKind;
import java.io.Serializable;
import java.util.UUID;

/**
 * The stage progression of the assessments made on one developmental scale: a school that switched
 * its scale reports old and new assessments side by side, each on its own scale.
 */
public record ScaleStages(
    UUID scale, ScaleKind kind, String name, boolean schoolDefault, StageProgression progression)
    implements Serializable {}
