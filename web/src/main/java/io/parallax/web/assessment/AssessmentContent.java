package io.parallax.web.assessment;

import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an assessment of one kind says, as the API takes it and a page's form builds it: the only
 * part of an assessment's lifecycle that differs by kind, creating a first version and revising a
 * draft.
 */
interface AssessmentContent<V extends AssessmentView> {

  /** A first assessment of {@code traineeId} on {@code assessedOn} with this content. */
  V create(Assessments assessments, UUID traineeId, LocalDate assessedOn);

  /** The draft {@code id}, read at {@code version}, revised to this content. */
  V revise(Assessments assessments, UUID id, long version);
}
