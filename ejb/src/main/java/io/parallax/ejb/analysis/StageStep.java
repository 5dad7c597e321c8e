package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A signed-off stage assessment placing a trainee at a level on a day. */
public record StageStep(UUID trainee, LocalDate assessedOn, String level) implements Serializable {}
