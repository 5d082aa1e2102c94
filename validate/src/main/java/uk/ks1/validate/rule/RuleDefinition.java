package uk.ks1.validate.rule;

import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;

/**
 * A rule's stable facts for the catalogue: its id (DfE numbers where they exist), severity, what an
 * error takes out of the figures, what it checks, and what is allowed.
 */
public record RuleDefinition(
    String id, Severity severity, Effect effect, String checks, String allowed) {

  public static RuleDefinition error(String id, Effect effect, String checks, String allowed) {
    return new RuleDefinition(id, Severity.ERROR, effect, checks, allowed);
  }

  public static RuleDefinition query(String id, String checks, String allowed) {
    return new RuleDefinition(id, Severity.QUERY, Effect.NONE, checks, allowed);
  }
}
