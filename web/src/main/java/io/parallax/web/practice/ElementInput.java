package io.parallax.web.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.web.Messages;
import java.io.Serializable;

/** One contracting element on the log form: its rating and its line of evidence. */
public class ElementInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ContractingElement element;
  private ElementRating rating;
  private String evidence;

  ElementInput(ContractingElement element, ElementRating rating, String evidence) {
    this.element = element;
    this.rating = rating;
    this.evidence = evidence;
  }

  public ContractingElement getElement() {
    return element;
  }

  /** The component id suffix, also the field name the domain uses (e.g. {@code focus}). */
  public String getField() {
    return element.name().toLowerCase();
  }

  /** "Evidence for Focus", in the page's language. */
  public String getEvidenceLabel() {
    return Messages.text(
        Messages.TRAINEE,
        "log.evidence",
        Messages.text(Messages.TRAINEE, "element." + element.name()));
  }

  public String getPccMarkers() {
    return element.pccMarkers();
  }

  public ElementRating getRating() {
    return rating;
  }

  public void setRating(ElementRating rating) {
    this.rating = rating;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
