package io.parallax.web.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** A first contracting assessment of a trainee assigned to the caller on {@code assessedOn}. */
public record NewContractingAssessment(
    @NotNull(message = "Pick the trainee to assess.") UUID traineeId,
    @NotNull(message = "Give the date of the assessment.") LocalDate assessedOn,
    @NotNull(message = "Send the grades, evidence and comment.") @Valid
        ContractingGrades content) {}
