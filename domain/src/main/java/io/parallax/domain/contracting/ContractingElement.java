package io.parallax.domain.contracting;

/**
 * The four elements of a session contract, addressed holistically and revisited during a session,
 * with the nearest ICF PCC marker.
 */
public enum ContractingElement {
  /** The client sets context and a specific agenda for the session (PCC 3.1). */
  FOCUS("3.1"),
  /** A desired outcome and a measure of success are agreed (PCC 3.2, 3.3). */
  OUTCOME("3.2, 3.3"),
  /** How to go about it is co-created, with the client's own sense of the way (PCC 3.4). */
  APPROACH("3.4"),
  /** Mutually active support and participation are invited: transparency, trust (PCC 4.4). */
  PARTICIPATION("4.4");

  private final String pccMarkers;

  ContractingElement(String pccMarkers) {
    this.pccMarkers = pccMarkers;
  }

  /** The ICF PCC markers this element is anchored on. */
  public String pccMarkers() {
    return pccMarkers;
  }
}
