package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.contracting.ContractingElement;
import java.util.List;
import java.util.Map;

/**
 * What each grade 1 to 5 of a contracting element means, anchored on the element's ICF PCC markers
 * (FOCUS 3.1, OUTCOME 3.2 and 3.3, APPROACH 3.4, PARTICIPATION 4.4). A supervisor grades against
 * these anchors, and the trainee reads the same anchors next to their grade, so that a 2 means the
 * same in every school's supervision.
 */
public final class ContractingRubric {

  private static final Map<ContractingElement, List<String>> ANCHORS =
      Map.of(
          ContractingElement.FOCUS,
          List.of(
              "No agenda is asked for: the session goes straight into the story or the coach's"
                  + " topic.",
              "The coach asks what the client wants to talk about and accepts a topic, not an"
                  + " agenda for this session.",
              "The client names a topic; the coach narrows it into an agenda for this session.",
              "The client sets context and a specific agenda; the coach checks it is what they want"
                  + " from this session.",
              "The client sets context and a specific agenda in their own words, reconfirmed when"
                  + " the conversation shifts (re-contracting)."),
          ContractingElement.OUTCOME,
          List.of(
              "No outcome is discussed.",
              "An outcome is hinted at but not agreed; there is no measure of success.",
              "An outcome is agreed, but vague or set by the coach; success is not measured.",
              "The client states the outcome and how they will know they reached it.",
              "The client states the outcome, its measure of success and why it matters to them"
                  + " now; it is revisited at the end."),
          ContractingElement.APPROACH,
          List.of(
              "The coach decides how to proceed without asking.",
              "The coach proposes an approach and the client goes along with it.",
              "The coach asks how the client wants to go about it, but leads the answer.",
              "The approach is co-created: the client names what they need to address to get"
                  + " there.",
              "The approach is co-created from the client's own sense of how they get in their own"
                  + " way, and adjusted together when needed."),
          ContractingElement.PARTICIPATION,
          List.of(
              "Who does what stays implicit: the client is passive or the coach takes over.",
              "The coach says what they will do; the client is not invited to say what they will"
                  + " do.",
              "Mutual participation is mentioned but not agreed.",
              "Both agree how they will work together and what each brings; the coach is"
                  + " transparent.",
              "Mutual, active participation is invited and checked during the session; trust and"
                  + " transparency are named."));

  private ContractingRubric() {}

  /** The anchor of {@code grade} (1 to 5) for {@code element}. */
  public static String anchor(ContractingElement element, int grade) {
    require(element != null, "element", "contractingRubric.element");
    require(
        grade >= ContractingAssessment.MIN_GRADE && grade <= ContractingAssessment.MAX_GRADE,
        "grade",
        "contractingRubric.grade",
        ContractingAssessment.MIN_GRADE,
        ContractingAssessment.MAX_GRADE,
        grade);
    return ANCHORS.get(element).get(grade - 1);
  }

  /** The five anchors of {@code element}, grade 1 first. */
  public static List<String> anchors(ContractingElement element) {
    require(element != null, "element", "contractingRubric.element");
    return ANCHORS.get(element);
  }
}
