package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.HourSubmissionView;
import io.parallax.ejb.accreditation.HourSubmissions;
import io.parallax.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A supervisor's submissions waiting for them: each period a supervisee submitted, oldest first, to
 * approve (comment optional) or return with a comment saying what to correct.
 */
@Named
@ViewScoped
public class ApproveHoursView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient HourSubmissions submissions;

  private List<HourSubmissionView> waiting = List.of();
  private final Map<UUID, String> comments = new HashMap<>();

  @PostConstruct
  void load() {
    waiting = submissions.waiting();
  }

  public void approve(HourSubmissionView s) {
    if (Messages.obtain(row(s), () -> submissions.approve(s.id(), comments.get(s.id()))) != null) {
      Messages.done(Messages.SUPERVISOR, "approval.approved", s.traineeName());
      comments.remove(s.id());
      load();
    }
  }

  public void returnWith(HourSubmissionView s) {
    if (Messages.obtain(row(s), () -> submissions.returnWith(s.id(), comments.get(s.id())))
        != null) {
      Messages.done(Messages.SUPERVISOR, "approval.returned", s.traineeName());
      comments.remove(s.id());
      load();
    }
  }

  /** The client-id prefix of {@code s}'s row, so a refused comment is shown next to it. */
  private String row(HourSubmissionView s) {
    return "approval:waiting:" + waiting.indexOf(s) + ":";
  }

  public List<HourSubmissionView> getWaiting() {
    return waiting;
  }

  public Map<UUID, String> getComments() {
    return comments;
  }
}
