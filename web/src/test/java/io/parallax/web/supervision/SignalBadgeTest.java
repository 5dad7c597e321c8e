package io.parallax.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.SignalLevel;
import io.parallax.ejb.supervision.CaseloadEntry.Signal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalBadgeTest {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("io.parallax.web.supervisor", Locale.ENGLISH);
  private static final LocalDate FROM = LocalDate.of(2025, 12, 2);
  private static final LocalDate TO = LocalDate.of(2026, 3, 1);

  private static Signal signal(
      SignalLevel level,
      int points,
      boolean enough,
      long clientSessions,
      Set<ContractingElement> elements,
      Set<DriftMarker> drift,
      boolean over,
      long observations) {
    return new Signal(
        level, points, enough, clientSessions, 2, FROM, TO, elements, drift, over, observations);
  }

  @Test
  void aLikelySignalNamesEveryReason() {
    Signal likely =
        signal(
            SignalLevel.LIKELY,
            5,
            true,
            6,
            Set.of(ContractingElement.OUTCOME, ContractingElement.FOCUS),
            Set.of(DriftMarker.STORYTELLING),
            true,
            1);

    String text = SignalBadge.describe(likely, TEXTS);

    assertThat(TEXTS.getString(SignalBadge.key(likely))).isEqualTo("Likely");
    assertThat(SignalBadge.severity(likely)).isEqualTo("danger");
    assertThat(SignalBadge.icon(likely)).contains("exclamation-triangle");
    assertThat(text)
        .isEqualTo(
            "Parallel-process signal Likely, 5 points over the sessions from 2025-12-02 to"
                + " 2026-03-01. Weak in both places: Focus, Outcome. Same drift in both places:"
                + " Storytelling. Over-responsibility in both places. Parallel process observed"
                + " in one supervision session.");
  }

  @Test
  void aPossibleSignalSaysOnlyItsReasons() {
    Signal possible = signal(SignalLevel.POSSIBLE, 2, true, 4, Set.of(), Set.of(), false, 3);

    assertThat(SignalBadge.describe(possible, TEXTS))
        .isEqualTo(
            "Parallel-process signal Possible, 2 points over the sessions from 2025-12-02 to"
                + " 2026-03-01. Parallel process observed in 3 supervision sessions.");
    assertThat(SignalBadge.severity(possible)).isEqualTo("warning");
  }

  @Test
  void tooFewSessionsIsNotReadAsNone() {
    Signal tooFew = signal(SignalLevel.NONE, 0, false, 1, Set.of(), Set.of(), false, 0);
    Signal none = signal(SignalLevel.NONE, 1, true, 3, Set.of(), Set.of(), false, 0);

    assertThat(TEXTS.getString(SignalBadge.key(tooFew))).isEqualTo("Too few sessions");
    assertThat(SignalBadge.severity(tooFew)).isEqualTo("info");
    assertThat(SignalBadge.describe(tooFew, TEXTS))
        .isEqualTo(
            "Parallel-process signal not judged: one client session and 2 supervision sessions"
                + " from 2025-12-02 to 2026-03-01 are too few.");
    assertThat(TEXTS.getString(SignalBadge.key(none))).isEqualTo("None");
    assertThat(SignalBadge.severity(none)).isEqualTo("success");
    assertThat(SignalBadge.icon(none)).isNotEqualTo(SignalBadge.icon(tooFew));
  }
}
