package uk.ks1.core.rule;

import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;

/**
 * A rule's stable facts for the catalogue: its id (DfE numbers where they exist), severity, what an
 * error takes out of the figures, what it checks, what is allowed, and the template of its message
 * ({@link MessageTemplate}; null for a file rule raised in several situations, whose messages are
 * the {@link FileMessage}s of {@link FileRules}, and for the queries the CTF reader words itself).
 */
public record RuleDefinition(
    String id, Severity severity, Effect effect, String checks, String allowed, String template) {

  public RuleDefinition {
    if (template != null) {
      MessageTemplate.placeholders(template); // fails now, not when the rule first fires
    }
  }

  public static RuleDefinition error(String id, Effect effect, String checks, String allowed) {
    return new RuleDefinition(id, Severity.ERROR, effect, checks, allowed, null);
  }

  public static RuleDefinition query(String id, String checks, String allowed) {
    return new RuleDefinition(id, Severity.QUERY, Effect.NONE, checks, allowed, null);
  }

  /** The same rule with its message template. */
  public RuleDefinition withMessage(String template) {
    return new RuleDefinition(id, severity, effect, checks, allowed, template);
  }
}
