package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.util.UUID;

/** One trainee's modelling effect (see {@link ModellingEffect}). */
public record TraineeModelling(UUID trainee, String traineeName, ModellingEffect effect)
    implements Serializable {}
