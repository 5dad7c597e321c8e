package io.parallax.web.supervision;

import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import io.parallax.web.Words;
import io.parallax.web.assessment.VersionHistory;
import io.parallax.web.language.Wording;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

/** One supervisee: the timeline of their stages and grades, and the last year's supervisions. */
@Named
@ViewScoped
public class SuperviseeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Assessments assessments;
  @EJB SupervisionSessions sessions;
  @Inject Words words;
  @Inject SchoolDay schoolDay;

  private String trainee;
  private UUID me;
  private SuperviseeTimeline timeline = new SuperviseeTimeline(List.of(), (kind, code) -> "");
  private List<SupervisionSessionView> supervisions = List.of();
  private final Map<UUID, List<String>> histories = new HashMap<>();

  /** Loads the supervisee named by the {@code trainee} request parameter. */
  @PostConstruct
  void load() {
    trainee =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("trainee");
    UUID id = SuperviseeChoices.id(trainee);
    if (id == null) {
      Messages.error(Wording.of(new NoSuchRecord("supervisee"), Messages.locale()));
      return;
    }
    try {
      timeline =
          new SuperviseeTimeline(
              assessments.ofTrainee(id),
              (kind, code) ->
                  "scale".equals(kind)
                      ? words.named(kind, String.valueOf(code))
                      : words.of(kind, code),
              Messages.locale());
    } catch (NoSuchRecord missing) {
      Messages.error(Wording.of(missing, Messages.locale()));
      return;
    }
    me = sessions.me();
    try {
      supervisions = sessions.ofSupervisee(id, schoolDay.today().minusYears(1), schoolDay.today());
    } catch (NoSuchRecord noCurrentAssignment) {
      supervisions = List.of();
    }
  }

  public String getChartJson() {
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "io.parallax.web." + Messages.SUPERVISOR,
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return timeline.chartJson(
        texts.getString("timeline.chart.stage"), texts.getString("timeline.chart.grade"));
  }

  public List<SuperviseeTimeline.Entry> getEntries() {
    return timeline.entries();
  }

  /** "v1", or for a correction the versions up to it with what each changed, in words. */
  public List<String> history(SuperviseeTimeline.Entry entry) {
    if (!entry.correction()) {
      return List.of("v" + entry.version());
    }
    return histories.computeIfAbsent(
        entry.id(),
        id -> {
          try {
            return VersionHistory.lines(assessments.versionsOf(id), VersionHistory.onPage(words));
          } catch (NoSuchRecord gone) {
            return List.of("v" + entry.version());
          }
        });
  }

  public List<SupervisionSessionView> getSupervisions() {
    return supervisions;
  }

  /** Whether the caller recorded {@code session} (and may revise it). */
  public boolean mine(SupervisionSessionView session) {
    return me != null && me.equals(session.supervisorId());
  }

  public String getTrainee() {
    return trainee;
  }
}
