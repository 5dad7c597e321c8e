package io.parallax.domain.accreditation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How far a trainee is on one requirement: done of required (in the requirement's unit), what is
 * still missing (zero once met), and, when not met, the day they would meet it at their recent pace
 * ({@code null} when there is no pace to project from).
 */
public record RequirementProgress(
    Requirement requirement,
    BigDecimal done,
    BigDecimal required,
    BigDecimal missing,
    boolean met,
    LocalDate projected)
    implements Serializable {}
