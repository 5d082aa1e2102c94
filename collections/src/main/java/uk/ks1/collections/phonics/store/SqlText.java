package uk.ks1.collections.phonics.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ks1.core.rule.MessageTemplate;

/**
 * A rule's message template as a SQL string expression, so a message the store computes reads
 * exactly as the catalogue's template says (as aggregate does for X01).
 */
final class SqlText {
  private SqlText() {}

  /** {@code 'text' || (expression) || 'text' ...}; every placeholder needs an expression. */
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
