package io.parallax.web.calibration;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new calibration exercise: a title, the deadline, the material (practice sessions and/or a
 * vignette with an optional transcript excerpt; whether the sessions' ratings and evidence lines
 * are shown) and the supervisors who grade it.
 */
public record NewExercise(
    String title,
    @NotNull(message = "{parallax.calibration.4}") LocalDate deadline,
    List<UUID> practiceSessions,
    String vignette,
    String transcript,
    boolean showRatings,
    List<UUID> supervisors) {}
