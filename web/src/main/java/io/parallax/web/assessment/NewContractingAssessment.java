package io.parallax.web.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** A first contracting assessment of a trainee assigned to the caller on {@code assessedOn}. */
public record NewContractingAssessment(
    @NotNull(message = "{parallax.newContractingAssessment.1}") UUID traineeId,
    @NotNull(message = "{parallax.newContractingAssessment.2}") LocalDate assessedOn,
    @NotNull(message = "{parallax.newContractingAssessment.3}") @Valid ContractingGrades content) {}
