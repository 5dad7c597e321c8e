package io.parallax.web.assessment;

import io.parallax.domain.assessment.DevelopmentDomain;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The content of a stage assessment: the level on the school's scale in a domain, the IDM
 * sub-scores (1–5), why, and the suggested supervisory stance (optional).
 */
public record StagePlacement(
    @NotNull(message = "Pick the domain assessed (CONTRACTING first).") DevelopmentDomain domain,
    @NotBlank(message = "Pick the level on the school's scale.") String level,
    @Min(value = 1, message = "Score self/other awareness from 1 to 5.")
        @Max(value = 5, message = "Score self/other awareness from 1 to 5.")
        int awareness,
    @Min(value = 1, message = "Score motivation from 1 to 5.")
        @Max(value = 5, message = "Score motivation from 1 to 5.")
        int motivation,
    @Min(value = 1, message = "Score autonomy from 1 to 5.")
        @Max(value = 5, message = "Score autonomy from 1 to 5.")
        int autonomy,
    @NotBlank(message = "Say why the trainee is at this level.")
        @Size(max = 2000, message = "The rationale takes at most 2000 characters.")
        String rationale,
    @Size(max = 1000, message = "The stance takes at most 1000 characters.")
        String suggestedStance) {}
