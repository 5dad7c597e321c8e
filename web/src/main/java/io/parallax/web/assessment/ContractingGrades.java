package io.parallax.web.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The content of a contracting assessment: 1–5 per element against the rubric anchors (PCC 3.1,
 * 3.2–3.3, 3.4, 4.4), the trainee's client sessions as evidence, and an overall comment.
 */
public record ContractingGrades(
    @NotNull(message = "Grade the four elements.") @Valid Grades grades,
    @Size(max = 50, message = "Cite at most 50 sessions.") List<UUID> evidenceSessions,
    @Size(max = 2000, message = "The comment takes at most 2000 characters.") String comment) {

  /** 1 to 5 per contracting element. */
  public record Grades(
      @Min(value = 1, message = "Grade FOCUS from 1 to 5 (PCC 3.1).")
          @Max(value = 5, message = "Grade FOCUS from 1 to 5 (PCC 3.1).")
          int focus,
      @Min(value = 1, message = "Grade OUTCOME from 1 to 5 (PCC 3.2, 3.3).")
          @Max(value = 5, message = "Grade OUTCOME from 1 to 5 (PCC 3.2, 3.3).")
          int outcome,
      @Min(value = 1, message = "Grade APPROACH from 1 to 5 (PCC 3.4).")
          @Max(value = 5, message = "Grade APPROACH from 1 to 5 (PCC 3.4).")
          int approach,
      @Min(value = 1, message = "Grade PARTICIPATION from 1 to 5 (PCC 4.4).")
          @Max(value = 5, message = "Grade PARTICIPATION from 1 to 5 (PCC 4.4).")
          int participation) {}
}
