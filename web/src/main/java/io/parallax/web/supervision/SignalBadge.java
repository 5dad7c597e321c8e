package io.parallax.web.supervision;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.supervision.CaseloadEntry.Signal;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * How the caseload shows a supervisee's parallel-process signal: a badge whose text, icon and
 * colour differ by level (colour is never the only cue), and a sentence saying why, for screen
 * readers and the tooltip. A signal judged on too few sessions reads as such, not as "none".
 */
final class SignalBadge {

  private SignalBadge() {}

  /** The bundle key of the badge's text. */
  static String key(Signal signal) {
    return "caseload.signal." + (signal.enoughSessions() ? signal.level().name() : "TOO_FEW");
  }

  /** The PrimeFaces tag severity. */
  static String severity(Signal signal) {
    if (!signal.enoughSessions()) {
      return "info";
    }
    return switch (signal.level()) {
      case LIKELY -> "danger";
      case POSSIBLE -> "warning";
      case NONE -> "success";
    };
  }

  static String icon(Signal signal) {
    if (!signal.enoughSessions()) {
      return "pi pi-minus-circle";
    }
    return switch (signal.level()) {
      case LIKELY -> "pi pi-exclamation-triangle";
      case POSSIBLE -> "pi pi-exclamation-circle";
      case NONE -> "pi pi-check-circle";
    };
  }

  /** What the signal says and why, in the bundle's language, e.g. for {@code aria} and tooltip. */
  static String describe(Signal signal, ResourceBundle texts) {
    String from = signal.from().toString();
    String to = signal.to().toString();
    if (!signal.enoughSessions()) {
      return format(
          texts,
          "caseload.signal.tooFew",
          signal.clientSessions(),
          signal.supervisionSessions(),
          from,
          to);
    }
    StringBuilder text =
        new StringBuilder(
            format(
                texts,
                "caseload.signal.summary",
                texts.getString(key(signal)),
                signal.points(),
                from,
                to));
    if (!signal.mirroredElements().isEmpty()) {
      text.append(' ').append(format(texts, "caseload.signal.mirrored", elements(signal, texts)));
    }
    if (!signal.mirroredDrift().isEmpty()) {
      text.append(' ').append(format(texts, "caseload.signal.drift", drift(signal, texts)));
    }
    if (signal.overResponsibility()) {
      text.append(' ').append(texts.getString("caseload.signal.over"));
    }
    if (signal.observations() > 0) {
      text.append(' ').append(format(texts, "caseload.signal.observations", signal.observations()));
    }
    return text.toString();
  }

  private static String elements(Signal signal, ResourceBundle texts) {
    return labels(
        signal.mirroredElements().stream().sorted().map(ContractingElement::name).toList(),
        "element.",
        texts);
  }

  private static String drift(Signal signal, ResourceBundle texts) {
    return labels(
        signal.mirroredDrift().stream().sorted().map(DriftMarker::name).toList(), "drift.", texts);
  }

  private static String labels(Collection<String> names, String prefix, ResourceBundle texts) {
    return names.stream().map(n -> texts.getString(prefix + n)).collect(Collectors.joining(", "));
  }

  private static String format(ResourceBundle texts, String key, Object... values) {
    Locale locale = texts.getLocale() == null ? Locale.ROOT : texts.getLocale();
    return new MessageFormat(texts.getString(key), locale).format(values);
  }
}
