package uk.ks1.aggregate.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ks1.core.rule.MessageTemplate;

/**
 * Turns a rule's message template into a SQL string expression, so a message the store computes
 * (the cross-school query) reads exactly as its template in the catalogue says.
 */
final class SqlTemplate {
  private SqlTemplate() {}

  /** {@code 'literal' || (expression) || 'literal' ...}; each placeholder needs an expression. */
  static String concat(String template, Map<String, String> expressions) {
    List<String> parts = new ArrayList<>();
    MessageTemplate.walk(
        template,
        new MessageTemplate.Parts() {
          @Override
          public void text(String text) {
            parts.add(literal(text));
          }

          @Override
          public void placeholder(String name) {
            parts.add("(" + MessageTemplate.required(expressions, name, template) + ")");
          }
        });
    return String.join(" || ", parts);
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
