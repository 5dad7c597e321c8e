package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of core issue in the school's taxonomy: the fundamental problem, theme or pattern behind
 * the challenge a client brings, which a supervisor names in a supervision session. Every school
 * starts with the built-in kinds ({@link #defaults()}) and may add its own. Supervision sessions
 * name core issues by {@link #code()}, so a code never changes once given; a kind the school no
 * longer wants is retired: no longer offered for new records, still shown on the old ones.
 */
@Entity
@Table(
    name = "core_issue_type",
    uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "code"}))
@NamedQuery(name = CoreIssueType.ALL, query = "select t from CoreIssueType t order by t.code")
public class CoreIssueType extends SchoolOwned {

  /** The current school's taxonomy, by code. */
  public static final String ALL = "CoreIssueType.all";

  public static final int CODE_LENGTH = 40;
  public static final int MAX_DESCRIPTION = 500;

  private static final Pattern CODE =
      Pattern.compile("[A-Z][A-Z0-9_]{1," + (CODE_LENGTH - 1) + "}");

  @Column(nullable = false, updatable = false, length = CODE_LENGTH)
  private String code;

  @Column(nullable = false, length = Text.NAME_LENGTH)
  private String label;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  @Column(name = "built_in", nullable = false, updatable = false)
  private boolean builtIn;

  @Column(nullable = false)
  private boolean retired;

  protected CoreIssueType() {}

  /** A kind of core issue the school adds to its taxonomy. */
  public CoreIssueType(String code, String label, String description) {
    this(code, label, description, false);
  }

  private CoreIssueType(String code, String label, String description, boolean builtIn) {
    this.code = code(code, "code");
    describe(label, description);
    this.builtIn = builtIn;
  }

  /**
   * The taxonomy every school starts with, from the practice of coach supervision: contracting
   * first, then the dynamics that show once the contract holds.
   */
  public static List<CoreIssueType> defaults() {
    return List.of(
        builtIn(
            "CONTRACTING",
            "Contracting",
            "No clear, shared contract for the session or the engagement: check its integrity."),
        builtIn(
            "OVER_RESPONSIBILITY",
            "Over-responsibility",
            "The coach takes more than 50% of the responsibility, \"rescuing\" a \"victim\" client."),
        builtIn(
            "TRANSFERENCE",
            "Transference",
            "Feelings and expectations from another relationship are carried into this one."),
        builtIn(
            "ARCHAIC_PATTERN",
            "Archaic pattern",
            "An old pattern of thinking and behaviour replays in the present relationship."),
        builtIn(
            "BOUNDARY",
            "Boundary",
            "The limits of the coaching role or relationship are blurred or crossed."),
        builtIn(
            "ETHICS",
            "Ethics",
            "A question of professional ethics: confidentiality, conflict of interest, referral."),
        builtIn(
            "SKILL_GAP",
            "Skill gap",
            "A technique or framework is not yet known or practised, e.g. a contractual one."));
  }

  private static CoreIssueType builtIn(String code, String label, String description) {
    return new CoreIssueType(code, label, description, true);
  }

  /**
   * The rule for a core-issue code: 2 to 40 upper-case letters, digits or underscores, starting
   * with a letter (e.g. {@code OVER_RESPONSIBILITY}). Returns the code trimmed.
   */
  public static String code(String value, String field) {
    require(value != null && !value.isBlank(), field, "coreIssueType.rule");
    String code = value.strip();
    require(CODE.matcher(code).matches(), field, "coreIssueType.rule.2", CODE_LENGTH);
    return code;
  }

  /** Renames this kind and rewrites its description; the code stays. */
  public void describe(String label, String description) {
    this.label = Text.name(label, "label", "coreIssueType.label.missing");
    this.description = Text.optional(description, MAX_DESCRIPTION, "description");
  }

  /** Not offered on new records any more; the records that name it keep it. */
  public void retire() {
    retired = true;
  }

  /** Offered on new records again. */
  public void reinstate() {
    retired = false;
  }

  /**
   * Fails unless this kind may be deleted: only a kind the school added and no record names (a used
   * or built-in kind is retired instead).
   */
  public void requireDeletable(boolean named) {
    require(!builtIn, "code", "coreIssueType.delete.builtIn", code);
    require(!named, "code", "coreIssueType.delete.named", code);
  }

  public boolean isRetired() {
    return retired;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Whether Parallax provides this kind (every school has it) or the school added it. */
  public boolean isBuiltIn() {
    return builtIn;
  }
}
