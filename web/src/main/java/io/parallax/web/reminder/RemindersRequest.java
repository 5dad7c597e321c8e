package io.parallax.web.reminder;

/**
 * A member's reminder switches as the API takes them: each reminder on or off; one left out stays
 * as it is. A reminder of a role the member does not have is refused, naming it.
 */
public class RemindersRequest {

  public Boolean idleTrainee;
  public Boolean waitingSubmissions;
  public Boolean readinessDigest;
}
