package io.parallax.domain.supervision;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a supervisor saw of a parallel process in a session (mode 5 of the seven-eyed model): the
 * dynamic between coach and client recurring between coach and supervisor, or the other way round.
 * Whether it was named in the session matters: naming it is how the pair can work with it. A
 * session without an observation has none (null), never an empty one.
 */
@Embeddable
public class ParallelProcessObservation {

  public static final int MAX_DYNAMIC = 500;

  @Column(name = "parallel_process_dynamic", length = MAX_DYNAMIC)
  private String dynamic;

  @Enumerated(EnumType.STRING)
  @Column(name = "parallel_process_direction", length = 8)
  private ParallelProcessDirection direction;

  /** A wrapper, not a primitive: the column is null when the session has no observation. */
  @Column(name = "parallel_process_named")
  private Boolean namedInSession;

  protected ParallelProcessObservation() {}

  private ParallelProcessObservation(
      String dynamic, ParallelProcessDirection direction, boolean namedInSession) {
    this.dynamic =
        Text.required(
            dynamic,
            MAX_DYNAMIC,
            "parallelProcessDynamic",
            "parallelProcessObservation.rule.missing");
    require(
        direction != null,
        "parallelProcessDirection",
        "parallelProcessObservation.parallelProcessDirection");
    this.direction = direction;
    this.namedInSession = namedInSession;
  }

  public static ParallelProcessObservation of(
      String dynamic, ParallelProcessDirection direction, boolean namedInSession) {
    return new ParallelProcessObservation(dynamic, direction, namedInSession);
  }

  public String dynamic() {
    return dynamic;
  }

  public ParallelProcessDirection direction() {
    return direction;
  }

  public boolean namedInSession() {
    return Boolean.TRUE.equals(namedInSession);
  }
}
