package io.parallax.web.supervision;

import io.parallax.ejb.supervision.SuperviseeCase;
import io.parallax.web.Messages;
import io.parallax.web.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Labels that tell a supervisee's cases apart in the pickers: a client by its code, a client
 * session by its date, client code, minutes and contracting score.
 */
@Named
@ApplicationScoped
public class CaseLabels {

  @Inject Words words;

  public String of(SuperviseeCase c) {
    if (c.kind() == SuperviseeCase.Kind.CLIENT) {
      return Messages.text(Messages.SUPERVISOR, "record.cases.client", c.clientCode());
    }
    return Messages.text(
        Messages.SUPERVISOR,
        "record.cases.sessionWithMinutes",
        c.clientCode(),
        words.date(c.heldOn()),
        c.score() == null ? "–" : Math.round(c.score()),
        c.minutes() == null ? "–" : c.minutes());
  }
}
